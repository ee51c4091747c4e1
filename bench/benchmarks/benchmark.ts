import type { BenchmarkName } from '../cli/bench-options';

/** What a benchmark gets from the child process that runs it. */
export interface BenchContext {
  quick: boolean;
  /**
   * Opens and closes the window in which the parent samples memory, so setting up (writing the
   * story, making pictures for the video benchmark) does not count towards the peak.
   */
  memoryWindow(state: 'open' | 'close'): void;
  log(line: string): void;
}

export interface Benchmark<Figures = unknown> {
  name: BenchmarkName;
  /** Whether the parent samples the peak resident memory of the child's process tree. */
  measuresMemory: boolean;
  run(context: BenchContext): Promise<Figures>;
}
