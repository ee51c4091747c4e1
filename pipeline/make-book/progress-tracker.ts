import type { OutputFormat } from '../model';

/**
 * The weighted 0–100 figure for a whole book. Scenes dominate (they are where the time goes);
 * the weights are fixed when the run starts, so the figure only ever rises.
 */
export const PROGRESS_WEIGHTS = { story: 5, plan: 5, scenes: 70, join: 3, render: 17 } as const;

export interface ProgressScope {
  /** Whether this run writes or transcribes the story first. */
  hasStoryStep: boolean;
  /** The formats that will be rendered (those with a renderer). */
  renderFormats: OutputFormat[];
}

export class ProgressTracker {
  private story = 0;
  private plan = 0;
  private sceneCount = 0;
  private sceneParts = new Set<string>();
  private join = 0;
  private readonly render = new Map<OutputFormat, number>();

  constructor(private readonly scope: ProgressScope) {}

  storyDone(): void {
    this.story = 1;
  }

  planned(sceneCount: number): void {
    this.plan = 1;
    this.sceneCount = sceneCount;
  }

  /** A picture or narration is done (or was already recorded). */
  scenePartDone(index: number, part: 'picture' | 'narration'): void {
    this.sceneParts.add(`${index}:${part}`);
  }

  joined(): void {
    this.join = 1;
  }

  rendering(format: OutputFormat, percent: number): void {
    const fraction = Math.min(1, Math.max(0, percent / 100));
    this.render.set(format, Math.max(this.render.get(format) ?? 0, fraction));
  }

  overall(): number {
    const weights = PROGRESS_WEIGHTS;
    const storyWeight = this.scope.hasStoryStep ? weights.story : 0;
    const formats = this.scope.renderFormats;
    const renderWeight = formats.length > 0 ? weights.render : 0;
    const total = storyWeight + weights.plan + weights.scenes + weights.join + renderWeight;
    const scenes = this.sceneCount > 0 ? this.sceneParts.size / (2 * this.sceneCount) : 0;
    const rendered = formats.length > 0 ? formats.reduce((sum, format) => sum + (this.render.get(format) ?? 0), 0) / formats.length : 0;
    const done = storyWeight * this.story + weights.plan * this.plan + weights.scenes * scenes + weights.join * this.join + renderWeight * rendered;
    return Math.min(100, Math.round((done / total) * 1000) / 10);
  }
}
