/**
 * Runs `work(0) … work(count - 1)` with at most `concurrency` in flight, starting them in order so
 * the first items finish first. Once `shouldStop()` says so (a failure, a cancel) nothing new
 * starts; items already running are always awaited, so no work is left behind writing files.
 * Resolves with every item's outcome once all started items have settled.
 */
export type Outcome = { index: number; ok: true } | { index: number; ok: false; error: unknown };

export async function runInOrder(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<void>,
  shouldStop: () => boolean = () => false,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count && !shouldStop()) {
      const index = next++;
      try {
        await work(index);
        outcomes.push({ index, ok: true });
      } catch (error) {
        outcomes.push({ index, ok: false, error });
      }
    }
  };
  const lanes = Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, lane);
  await Promise.all(lanes);
  return outcomes;
}
