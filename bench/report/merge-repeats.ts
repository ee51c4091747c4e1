import type { BookRunFigures } from '../benchmarks/book/book-run-figures';

/**
 * Several runs of one book, each in a fresh process: the figures of the fastest run (the one the
 * machine's other load disturbed least, the fairest estimate of the book's own time), every
 * run's total beside them, and the highest memory peak of any run, since memory must hold in all.
 */
export function mergeBookRuns(runs: readonly BookRunFigures[]): BookRunFigures {
  if (runs.length === 0) throw new Error('no runs to merge');
  const fastest = runs.reduce((best, run) => (run.totalSeconds < best.totalSeconds ? run : best));
  const highest = runs.reduce((most, run) => ((run.peakRssMegabytes ?? 0) > (most.peakRssMegabytes ?? 0) ? run : most));
  return {
    ...fastest,
    peakRssMegabytes: highest.peakRssMegabytes,
    peakParts: highest.peakParts,
    processHighWaterMegabytes: Math.max(...runs.map((run) => run.processHighWaterMegabytes ?? 0)),
    runsTotalSeconds: runs.map((run) => run.totalSeconds),
  };
}
