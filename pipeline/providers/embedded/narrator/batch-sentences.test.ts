import { batchSentences } from './batch-sentences';

describe('batchSentences', () => {
  it('covers every sentence once, in order', () => {
    const lengths = [80, 120, 60, 300, 40, 90, 200, 10];
    const batches = batchSentences(lengths, 3, 250);
    expect(batches[0][0]).toBe(0);
    expect(batches[batches.length - 1][1]).toBe(lengths.length);
    batches.slice(1).forEach(([first], index) => expect(first).toBe(batches[index][1]));
  });

  it('spreads one short text over the workers', () => {
    expect(batchSentences([50, 50, 50, 50], 2)).toEqual([[0, 2], [2, 4]]);
  });

  it('keeps batches under the character budget unless one sentence is longer alone', () => {
    const batches = batchSentences([400, 400, 900, 100], 1, 600);
    expect(batches).toEqual([[0, 1], [1, 2], [2, 3], [3, 4]]);
  });

  it('gives no batches for no sentences', () => {
    expect(batchSentences([], 4)).toEqual([]);
  });
});
