import { guessPersonKind } from './guess-kind';
import { loadLexicon } from './load-lexicon';
import { tokenize } from './tokenize';

describe('guessPersonKind', () => {
  const english = loadLexicon('en');
  const guess = (text: string, name: string) => {
    const tokens = tokenize(text, [0]);
    const uses = tokens.map((token, index) => ({ token, index })).filter(({ token }) => token.lower === name.toLowerCase()).map(({ index }) => ({ last: index + 1 }));
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
});
