import { treeResidentBytes } from './process-tree-memory';

/**
 * Samples the resident memory of a process tree on a timer and keeps the peak. It runs in the
 * bench's parent process, whose event loop is idle, so a benchmark that blocks its own event loop
 * (planning, PDF layout) cannot delay the samples.
 */
export class TreeMemorySampler {
  private timer: NodeJS.Timeout | null = null;
  private peak = 0;
  private count = 0;

  constructor(private readonly pid: number, private readonly intervalMs = 25) {}

  start(): void {
    this.stop();
    this.peak = 0;
    this.count = 0;
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  /** The highest sum seen since start(), in bytes, and how many samples it rests on. */
  stop(): { peakBytes: number; samples: number } {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
      this.sample();
    }
    return { peakBytes: this.peak, samples: this.count };
  }

  private sample(): void {
    const bytes = treeResidentBytes(this.pid);
    this.count += 1;
    if (bytes > this.peak) this.peak = bytes;
  }
}
