import type { BenchmarkName } from '../cli/bench-options';
import type { Benchmark } from './benchmark';

/** Each benchmark is loaded only in the child process that runs it, so none pays for the others' imports. */
export function loadBenchmark(name: BenchmarkName): Benchmark {
  /* eslint-disable @typescript-eslint/no-require-imports */
  switch (name) {
    case 'book': return (require('./book/book-benchmark') as typeof import('./book/book-benchmark')).bookBenchmark;
    case 'video': return (require('./video/video-benchmark') as typeof import('./video/video-benchmark')).videoBenchmark;
    case 'parallelism': return (require('./parallelism/parallelism-benchmark') as typeof import('./parallelism/parallelism-benchmark')).parallelismBenchmark;
    case 'scale': return (require('./scale/scale-benchmark') as typeof import('./scale/scale-benchmark')).scaleBenchmark;
    case 'planner': return (require('./planner/planner-benchmark') as typeof import('./planner/planner-benchmark')).plannerBenchmark;
    case 'server': return (require('./server/server-benchmark') as typeof import('./server/server-benchmark')).serverBenchmark;
  }
}
