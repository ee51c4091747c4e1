import { z } from 'zod';
import { SceneSchema } from './scene';
import { StoryBibleSchema } from './story-bible';

/**
 * What a planner returns. `text` is the normalized story body that the scenes cover exactly
 * (a first line taken as the title is not part of it); `title` is found or derived.
 */
export const StoryPlanSchema = z.object({
  title: z.string(),
  language: z.string(),
  text: z.string(),
  scenes: z.array(SceneSchema),
  bible: StoryBibleSchema,
});
export type StoryPlan = z.infer<typeof StoryPlanSchema>;
