import { speakableText, splitSentences } from './split-sentences';

const spoken = (text: string, language = 'en') => splitSentences(text, language).map((sentence) => text.slice(sentence.start, sentence.end));

describe('splitSentences', () => {
  it('cuts sentences with offsets into the original text', () => {
    const text = 'The fox ran. "Stop!" cried the owl. Was it late?';
    expect(spoken(text)).toEqual(['The fox ran.', '"Stop!"', 'cried the owl.', 'Was it late?']);
  });

  it('gives every word with offsets that slice back to it', () => {
    const text = "  Once, a fox didn't sleep — well-known fact.";
    const [sentence] = splitSentences(text, 'en');
    expect(sentence.words.map((word) => word.text)).toEqual(['Once', 'a', 'fox', "didn't", 'sleep', 'well', 'known', 'fact']);
    for (const word of sentence.words) expect(text.slice(word.start, word.end)).toBe(word.text);
    expect(sentence.start).toBe(2);
  });

  it('marks the first sentence after a blank line as a paragraph start', () => {
    const text = 'One. Two.\n\n  Three.\r\n \r\nFour.';
    const sentences = splitSentences(text, 'en');
    expect(sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
    expect(sentences.map((sentence) => sentence.startsParagraph)).toEqual([true, false, true, true]);
  });

  it('reads hard-wrapped lines as one sentence', () => {
    const text = 'The little fox walked\nthrough the forest.\nThen she slept.';
    expect(spoken(text)).toEqual(['The little fox walked\nthrough the forest.', 'Then she slept.']);
    expect(speakableText(text, splitSentences(text, 'en')[0])).toBe('The little fox walked through the forest.');
  });

  it('does not end a sentence at a title or an initial', () => {
    expect(spoken('Mr. Fox met Dr. Owl. J. R. R. Tolkien wrote it.')).toEqual(['Mr. Fox met Dr. Owl.', 'J. R. R. Tolkien wrote it.']);
    expect(spoken('Hr. Fuchs kam. Er war müde.', 'de')).toEqual(['Hr. Fuchs kam.', 'Er war müde.']);
  });

  it('segments German, French and Spanish', () => {
    expect(spoken('Es war einmal ein Fuchs. Er wohnte im Wald!', 'de')).toEqual(['Es war einmal ein Fuchs.', 'Er wohnte im Wald!']);
    expect(spoken('Il était une fois. « Bonjour ! » dit-il.', 'fr')).toHaveLength(3);
    expect(spoken('¿Dónde está? ¡Aquí!', 'es')).toEqual(['¿Dónde está?', '¡Aquí!']);
  });

  it('drops punctuation with nothing to say, and gives nothing for an empty text', () => {
    expect(spoken('The end. … — !')).toEqual(['The end.']);
    expect(splitSentences('  \n\n ...!? ', 'en')).toEqual([]);
    expect(splitSentences('', 'en')).toEqual([]);
  });

  it('falls back to English rules for a language tag Intl does not accept', () => {
    expect(spoken('One. Two.', 'not a tag!')).toEqual(['One.', 'Two.']);
  });
});
