import { z } from 'zod';
import { MOODS, SEASONS, TIMES_OF_DAY, WEATHERS } from '../../../model';

/**
 * What the planning model must answer, as structured output. Every field is required (strict
 * JSON schema); "absent" is null, never a missing key. Scene `text` is the author's words copied
 * exactly; the spans are found from it and checked, never trusted.
 */
export const PlannedCharacterSchema = z.object({
  name: z.string().describe('The name the story uses, e.g. "Little Red-Cap" or "the wolf"'),
  kind: z.string().describe('What the character is, one word from the kinds list where possible, e.g. "girl", "wolf"'),
  aliases: z.array(z.string()).describe('Other words the story uses for this character'),
  palette: z.array(z.string()).describe('One to four #rrggbb colours of the character, main colour first'),
  clothing: z.string().describe('What the character wears, in a few words'),
  item: z.string().nullable().describe('One distinguishing item from the items list, or null'),
  look: z.string().describe('The fixed look in one sentence, for an illustrator'),
});
export type PlannedCharacter = z.infer<typeof PlannedCharacterSchema>;

export const PlannedSceneSchema = z.object({
  text: z.string().describe("The scene's part of the story, copied exactly, character for character"),
  setting: z.string().describe('Where it happens, one key from the settings list where possible'),
  timeOfDay: z.enum(TIMES_OF_DAY),
  weather: z.enum(WEATHERS),
  season: z.enum(SEASONS).nullable(),
  characters: z.array(z.string()).describe('Names of the characters who appear, as in the characters list'),
  objects: z.array(z.string()).describe('Important things in the picture, keys from the objects list where possible'),
  mood: z.enum(MOODS),
  action: z.string().describe('The sentence of the scene that best says what happens'),
  imagePrompt: z.string().describe('What the picture shows, in one or two sentences, without style words'),
});
export type PlannedScene = z.infer<typeof PlannedSceneSchema>;

export const PlanResponseSchema = z.object({
  title: z.string(),
  characters: z.array(PlannedCharacterSchema),
  scenes: z.array(PlannedSceneSchema),
});
export type PlanResponse = z.infer<typeof PlanResponseSchema>;

export const PLAN_RESPONSE_NAME = 'story_plan';
