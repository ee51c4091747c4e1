/**
 * Milliseconds on the process-wide monotonic clock. performance.now() counts from each thread's
 * own start, so times taken in a worker thread and in the main thread cannot be compared; the
 * hrtime clock is the same for every thread of a process.
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
