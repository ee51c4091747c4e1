import { guessPersonKind } from './guess-kind';
import { loadLexicon } from './load-lexicon';
import { tokenize } from './tokenize';

describe('guessPersonKind', () => {
  const english = loadLexicon('en');
  const guess = (text: string, name: string) => {
    const tokens = tokenize(text, [0, ...[...text.matchAll(/[.!?]["”]?\s+/g)].map((match) => match.index + match[0].length)]);
    const uses = tokens.map((token, index) => ({ token, index })).filter(({ token }) => token.lower === name.toLowerCase()).map(({ index }) => ({ first: index, last: index + 1 }));
    return guessPersonKind(name, uses, tokens, english);
  };

  it('reads the pronouns after the name', () => {
    expect(guess('Sam picked up her bag and she ran.', 'Sam')).toBe('girl');
    expect(guess('Sam picked up his bag and he ran.', 'Sam')).toBe('boy');
  });

  it('falls back on the ending of the name', () => {
    expect(guess('Lucia ran.', 'Lucia')).toBe('girl');
    expect(guess('Pedro ran.', 'Pedro')).toBe('boy');
  });

  it('looks further for "she" or "he" when no pronoun stands close to the name', () => {
    expect(guess('Agnes was a lighthouse keeper who lived on a rocky island at the edge of the sea. Every evening she climbed the steps.', 'Agnes')).toBe('girl');
    expect(guess('Oskar climbed the mountain path through the snow to ask the dragon for help and to bring back fire. "Please," he said.', 'Oskar')).toBe('boy');
  });

  it('makes a person the story calls old a grandmother or grandfather', () => {
    expect(guess('Agnes was an old lighthouse keeper. Every evening she climbed the steps.', 'Agnes')).toBe('grandmother');
    expect(guess('Then old Tobias lit his pipe.', 'Tobias')).toBe('grandfather');
    expect(guess('Tobias saw an old man. He waved.', 'Tobias')).toBe('boy');
  });
});
