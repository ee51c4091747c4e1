/**
 * Groups consecutive sentences into batches for the worker pool: enough batches to keep every
 * worker busy on one long scene, and none so long that a cancelled book waits on it.
 */
// About 100 words: some 150 ms of eSpeak work.
export const MAXIMUM_BATCH_CHARACTERS = 600;

/** Returns [first, end) index ranges over the sentences, in order, covering all of them. */
export function batchSentences(lengths: number[], workers: number, maximumCharacters = MAXIMUM_BATCH_CHARACTERS): Array<[number, number]> {
  const total = lengths.reduce((sum, length) => sum + length, 0);
  const budget = Math.max(1, Math.min(maximumCharacters, Math.ceil(total / Math.max(1, workers))));
  const batches: Array<[number, number]> = [];
  let first = 0;
  let size = 0;
  lengths.forEach((length, index) => {
    if (index > first && size + length > budget) {
      batches.push([first, index]);
      first = index;
      size = 0;
    }
    size += length;
  });
  if (lengths.length > first) batches.push([first, lengths.length]);
  return batches;
}
