import type { BenchmarkName } from '../cli/bench-options';

/** What a benchmark gets from the child process that runs it. */
export interface BenchContext {
  quick: boolean;
  /**
   * Opens and closes the window in which the parent samples the process tree's memory and CPU
   * waits, so setting up (writing the story, say) does not count. Benchmarks that report no
   * memory never open it.
   */
  measuringWindow(state: 'open' | 'close'): void;
  log(line: string): void;
}

export interface Benchmark<Figures = unknown> {
  name: BenchmarkName;
  run(context: BenchContext): Promise<Figures>;
}
