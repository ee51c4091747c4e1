import { z } from 'zod';
import { BookOptionsSchema, StoryLengthSchema } from './book-options';

/** Default ceiling on a story's length, in characters after normalization. */
export const MAX_STORY_CHARACTERS = 200_000;
export const MAX_PROMPT_CHARACTERS = 2_000;

export const TextSourceSchema = z
  .object({ kind: z.literal('text'), text: z.string() })
  .strict();

export const PromptSourceSchema = z
  .object({
    kind: z.literal('prompt'),
    prompt: z.string().trim().min(1, 'the prompt is empty').max(MAX_PROMPT_CHARACTERS, `the prompt is longer than ${MAX_PROMPT_CHARACTERS} characters`),
    length: StoryLengthSchema.default('medium'),
    audience: z.string().trim().min(1).max(100).default('children aged 4 to 8'),
  })
  .strict();

/** A recorded narration, already stored in the book folder (path relative to it). */
export const AudioSourceSchema = z
  .object({
    kind: z.literal('audio'),
    file: z.string().min(1),
    mimeType: z.string().min(1),
  })
  .strict();

export const StorySourceSchema = z.discriminatedUnion('kind', [TextSourceSchema, PromptSourceSchema, AudioSourceSchema]);
export type StorySource = z.infer<typeof StorySourceSchema>;

/** What a person asks for: a story (one of text, prompt or recording) and how to make the book. */
export const BookRequestSchema = z
  .object({
    source: StorySourceSchema,
    options: BookOptionsSchema.default(BookOptionsSchema.parse({})),
  })
  .strict();
export type BookRequest = z.infer<typeof BookRequestSchema>;
export type BookRequestInput = z.input<typeof BookRequestSchema>;
