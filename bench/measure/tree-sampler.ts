import { describePeakParts, ownMemory } from './peak-parts';
import { processTree, residentByProcess, threadWaits } from './process-tree';

export interface TreeSample {
  /** The highest resident memory of the whole tree, summed over its processes. */
  peakBytes: number;
  /** The processes at the peak: "node 463 MB + ffmpeg ×4 87 MB". */
  peakParts: string;
  /** Seconds the tree's threads spent runnable but without a free CPU, summed over threads. */
  waitedForCpuSeconds: number;
  samples: number;
}

/**
 * Samples a process tree on a timer: the peak of its summed resident memory, and how long its
 * threads waited for a CPU. It runs in the bench's parent process, whose event loop is idle, so a
 * benchmark that blocks its own event loop (planning, PDF layout) cannot delay the samples. A
 * thread that ends between two samples loses at most one interval of its wait.
 */
export class TreeSampler {
  private timer: NodeJS.Timeout | null = null;
  private peak = 0;
  private peakParts = '';
  private count = 0;
  private baseline = new Map<string, number>();
  private latest = new Map<string, number>();

  constructor(private readonly pid: number, private readonly intervalMs = 30) {}

  start(): void {
    this.stop();
    this.peak = 0;
    this.peakParts = '';
    this.count = 0;
    this.baseline = threadWaits(processTree(this.pid));
    this.latest = new Map(this.baseline);
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  stop(): TreeSample {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
      this.sample();
    }
    let waitedNs = 0;
    for (const [thread, wait] of this.latest) waitedNs += wait - (this.baseline.get(thread) ?? 0);
    return { peakBytes: this.peak, peakParts: this.peakParts, waitedForCpuSeconds: waitedNs / 1e9, samples: this.count };
  }

  private sample(): void {
    const tree = processTree(this.pid);
    const processes = ownMemory(residentByProcess(tree));
    const bytes = processes.reduce((sum, process) => sum + process.bytes, 0);
    for (const [thread, wait] of threadWaits(tree)) this.latest.set(thread, wait);
    this.count += 1;
    if (bytes > this.peak) {
      this.peak = bytes;
      this.peakParts = describePeakParts(processes);
    }
  }
}
