import { isUnspacedText, wordStarts } from './word-starts';

describe('wordStarts', () => {
  it('counts words with apostrophes and hyphens as one', () => {
    const text = "Don't run, well-known fox — 3 times!";
    expect(wordStarts(text, 'en', []).map((start) => text.slice(start).split(/[\s,!]/)[0])).toEqual(["Don't", 'run', 'well-known', 'fox', '3', 'times']);
  });

  it('finds Japanese words with the segmenter', () => {
    const text = 'おじいさんは山へ行きました。';
    expect(isUnspacedText(text)).toBe(true);
    expect(wordStarts(text, 'ja', []).length).toBeGreaterThanOrEqual(4);
    expect(isUnspacedText('A fox called 森 lived here.')).toBe(false);
  });
});
