import { z } from 'zod';

/** A character's fixed look, the same on every page. Colours are #rrggbb. */
export const CharacterLookSchema = z.object({
  palette: z.array(z.string().regex(/^#[0-9a-f]{6}$/i)).min(1).max(4),
  clothing: z.string(),
  /** One distinguishing item, a lexicon key such as "red-cap", "crown", "scarf". */
  item: z.string().nullable(),
  /** The look in words, for cloud image prompts. */
  summary: z.string(),
});
export type CharacterLook = z.infer<typeof CharacterLookSchema>;

export const CharacterSchema = z.object({
  /** Stable id: a slug of the name ("little-red-cap"). */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string(),
  /** A lexicon character kind: "girl", "wolf", "grandmother", … */
  kind: z.string(),
  /** Other words the story uses for this character ("the wolf", "Red-Cap"). */
  aliases: z.array(z.string()),
  look: CharacterLookSchema,
  /**
   * Whether the story calls the character "she" (true) or "he" (false), when it says so; absent
   * when it does not. Lets a picture show a knight called Bella as a woman.
   */
  female: z.boolean().optional(),
});
export type Character = z.infer<typeof CharacterSchema>;

export const StoryBibleSchema = z.object({
  characters: z.array(CharacterSchema),
});
export type StoryBible = z.infer<typeof StoryBibleSchema>;
