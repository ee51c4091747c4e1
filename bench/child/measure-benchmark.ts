import type { BookRunFigures } from '../benchmarks/book/book-run-figures';
import type { BenchmarkName } from '../cli/bench-options';
import { mergeBookRuns } from '../report/merge-repeats';
import { withTreeFigures } from '../report/tree-figures';
import { spawnBenchmark } from './spawn-benchmark';

/** Generous ceilings: a benchmark that passes one is stuck, not slow. */
const TIMEOUT_SECONDS: Record<BenchmarkName, number> = { book: 300, video: 900, parallelism: 120, scale: 2400, planner: 300, server: 600 };

/**
 * The whole book is checked against an absolute time, which the machine's other load can double;
 * it is made three times, each in a fresh process, and the fastest run counts. The others carry
 * their comparisons inside one run, and the scale run is too long to repeat.
 */
const FULL_RUN_REPEATS: Partial<Record<BenchmarkName, number>> = { book: 3 };

export interface Measured {
  figures?: unknown;
  failure?: string;
  seconds: number;
}

export async function measureBenchmark(name: BenchmarkName, options: { quick: boolean; log: (line: string) => void }): Promise<Measured> {
  const repeats = options.quick ? 1 : (FULL_RUN_REPEATS[name] ?? 1);
  const timeoutMs = (options.quick ? 180 : TIMEOUT_SECONDS[name]) * 1000;
  const runs: unknown[] = [];
  let seconds = 0;
  for (let run = 1; run <= repeats; run++) {
    if (repeats > 1) options.log(`bench: ${name}, run ${run} of ${repeats}`);
    const outcome = await spawnBenchmark(name, { quick: options.quick, timeoutMs });
    seconds += outcome.seconds;
    if (!outcome.figures) return { failure: outcome.failure ?? 'no figures', seconds };
    runs.push(withTreeFigures(outcome.figures as object, outcome.tree));
  }
  return { figures: runs.length > 1 ? mergeBookRuns(runs as BookRunFigures[]) : runs[0], seconds };
}
