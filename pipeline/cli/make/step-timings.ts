import type { OutputFormat, ProgressEvent } from '../../model';

export interface StepTimings {
  totalMs: number;
  storyMs: number | null;
  planMs: number | null;
  scenesMs: number | null;
  joinMs: number | null;
  renderMs: Partial<Record<OutputFormat, number>>;
}

/**
 * How long each step took, read from the progress events as they arrive. A step's time runs from
 * the end of the step before it, so the parts add up to the whole.
 */
export class StepTimer {
  private readonly startedAt: number;
  private last: number;
  private readonly timings: StepTimings = { totalMs: 0, storyMs: null, planMs: null, scenesMs: null, joinMs: null, renderMs: {} };
  private sceneEvents = 0;
  private scenesExpected = 0;

  constructor(private readonly clock: () => number = Date.now) {
    this.startedAt = clock();
    this.last = this.startedAt;
  }

  observe(event: ProgressEvent): void {
    const now = this.clock();
    const lap = () => {
      const elapsed = now - this.last;
      this.last = now;
      return elapsed;
    };
    switch (event.type) {
      case 'story:written':
      case 'story:transcribed': this.timings.storyMs = lap(); break;
      case 'book:planned':
        this.timings.planMs = lap();
        this.scenesExpected = event.scenes.length * 2;
        break;
      case 'scene:illustrated':
      case 'scene:narrated':
        this.sceneEvents++;
        this.timings.scenesMs = now - this.last;
        if (this.sceneEvents === this.scenesExpected) lap();
        break;
      case 'narration:joined':
        if (this.sceneEvents !== this.scenesExpected) lap();
        this.timings.joinMs = lap();
        break;
      case 'render:done': this.timings.renderMs[event.format] = lap(); break;
      default: break;
    }
  }

  result(): StepTimings {
    return { ...this.timings, renderMs: { ...this.timings.renderMs }, totalMs: this.clock() - this.startedAt };
  }
}
