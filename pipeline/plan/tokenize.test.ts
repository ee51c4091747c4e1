import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits on hyphens and apostrophes and marks capitals, shouting and joins', () => {
    const text = "Red-Cap's wolf said NO. Then";
    const tokens = tokenize(text, [0, text.indexOf('Then')]);
    expect(tokens.map((token) => token.lower)).toEqual(['red', 'cap', 's', 'wolf', 'said', 'no', 'then']);
    expect(tokens.map((token) => token.capitalized)).toEqual([true, true, false, false, false, true, true]);
    expect(tokens.map((token) => token.shouted)).toEqual([false, false, false, false, false, true, false]);
    expect(tokens.map((token) => token.joined)).toEqual([false, true, true, true, true, true, false]);
  });

  it('marks the first word of a sentence, a line or a quotation as sentence-initial', () => {
    const text = 'The fox said, "Good day." Anna smiled';
    const initial = tokenize(text, [0, text.indexOf('Anna')]).filter((token) => token.sentenceInitial).map((token) => text.slice(token.start, token.end));
    expect(initial).toEqual(['The', 'Good', 'Anna']);
  });
});
