import type { StoryPlan } from '../model';

export interface ScenePlannerInput {
  /** The story as the person gave it; the planner normalizes it. */
  text: string;
  language: string;
  /** A title already known (from the writer); otherwise the planner finds or derives one. */
  title?: string;
  targetScenes?: number;
  style?: string;
  signal?: AbortSignal;
}

export interface ScenePlannerResult extends StoryPlan {
  warnings: string[];
}

/** Splits a story into scenes, describes each, and builds the story bible. */
export interface ScenePlanner {
  readonly provider: string;
  readonly model: string;
  plan(input: ScenePlannerInput): Promise<ScenePlannerResult>;
}
