import type { BookRunFigures } from '../benchmarks/book/book-run-figures';
import type { ParallelismFigures } from '../benchmarks/parallelism/parallelism-figures';
import type { PlannerFigures } from '../benchmarks/planner/planner-figures';
import type { ServerFigures } from '../benchmarks/server/server-figures';
import type { VideoFigures } from '../benchmarks/video/video-figures';

/** Every benchmark's figures by name; a benchmark that did not run (or failed) is absent. */
export interface BenchResults {
  book?: BookRunFigures;
  video?: VideoFigures;
  parallelism?: ParallelismFigures;
  scale?: BookRunFigures;
  planner?: PlannerFigures;
  server?: ServerFigures;
}
