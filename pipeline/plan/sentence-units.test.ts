import { sentenceUnits, type SentenceUnitOptions } from './sentence-units';

const options = (language = 'en', cues: string[] = []): SentenceUnitOptions => ({
  language,
  abbreviations: new Set(['mr', 'mrs', 'dr']),
  isCue: (text, start) => cues.some((cue) => text.startsWith(cue, start)),
});

function unitTexts(text: string, language = 'en'): string[] {
  return sentenceUnits(text, options(language)).units.map((unit) => text.slice(unit.start, unit.end));
}

describe('sentenceUnits', () => {
  it('covers the text exactly, each unit keeping its trailing whitespace', () => {
    const text = 'One fox slept. Two owls woke!\n\nThen it rained?  Yes.';
    const { units } = sentenceUnits(text, options());
    expect(units.map((unit) => text.slice(unit.start, unit.end))).toEqual(['One fox slept. ', 'Two owls woke!\n\n', 'Then it rained?  ', 'Yes.']);
    expect(units.map((unit) => unit.breakBefore)).toEqual([null, 'sentence', 'paragraph', 'sentence']);
    expect(units.map((unit) => unit.words)).toEqual([3, 3, 3, 1]);
  });

  it('keeps speech with its attribution and never breaks inside a quotation', () => {
    expect(unitTexts('"Where are you going?" asked the owl. "Stop. Wait here," said the fox. Then he left.')).toEqual([
      '"Where are you going?" asked the owl. ',
      '"Stop. Wait here," said the fox. ',
      'Then he left.',
    ]);
  });

  it('moves breaks off French and Japanese quotation marks', () => {
    expect(unitTexts('« Bonjour ! » dit le loup. « Où vas-tu ? » Elle répondit.', 'fr')).toEqual(['« Bonjour ! » dit le loup. ', '« Où vas-tu ? » ', 'Elle répondit.']);
    expect(unitTexts('むかしむかし、村がありました。「どこへ行くの？」とおばあさんは言いました。', 'ja')).toEqual([
      'むかしむかし、村がありました。',
      '「どこへ行くの？」とおばあさんは言いました。',
    ]);
  });

  it('does not end a sentence after an abbreviation or an initial', () => {
    expect(unitTexts('Mr. Fox met J. Smith at noon. They talked.')).toEqual(['Mr. Fox met J. Smith at noon. ', 'They talked.']);
  });

  it('joins the lines of a verse sentence and breaks between stanzas', () => {
    const poem = 'The owl and the cat went to sea\nin a beautiful boat,\nthey took some honey.\n\nThey sailed away\nfor a year and a day.';
    expect(unitTexts(poem)).toEqual(['The owl and the cat went to sea\nin a beautiful boat,\nthey took some honey.\n\n', 'They sailed away\nfor a year and a day.']);
  });

  it('treats single line breaks as paragraphs when the text has no blank lines', () => {
    const { units } = sentenceUnits('The fox slept.\nThe owl woke.\nIt was late.', options());
    expect(units.map((unit) => unit.breakBefore)).toEqual([null, 'paragraph', 'paragraph']);
  });

  it('flags dialogue and scene-change cues, and folds a "* * *" line into the next unit as a cue', () => {
    const text = 'The fox slept.\n\n* * *\n\nThe next morning, it rained. "Hello," said the owl.';
    const { units } = sentenceUnits(text, options('en', ['The next morning']));
    expect(units.map((unit) => text.slice(unit.start, unit.end))).toEqual(['The fox slept.\n\n', '* * *\n\nThe next morning, it rained. ', '"Hello," said the owl.']);
    expect(units.map((unit) => unit.cue)).toEqual([false, true, false]);
    expect(units.map((unit) => unit.dialogue)).toEqual([false, false, true]);
  });
});
