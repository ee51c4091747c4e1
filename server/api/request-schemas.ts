import { z } from 'zod';
import { BOOK_ID_PATTERN } from '../../pipeline/book-id';
import { BookOptionsSchema, MAX_PROMPT_CHARACTERS, MAX_STORY_CHARACTERS, PromptSourceSchema, StoryLengthSchema, type BookRequest } from '../../pipeline/model';
import { DOWNLOAD_NAMES } from '../../web/shared/downloads';

/** Marks an issue that means "too large" (413) rather than "wrong" (400). */
export const TOO_LARGE = 'too_large';

const StoryTextSchema = z.string().superRefine((text, context) => {
  if (text.trim().length === 0) context.addIssue({ code: 'custom', message: 'the story is empty: paste or type some text' });
  else if (text.includes('\0')) context.addIssue({ code: 'custom', message: 'the story contains NUL characters; is it a text file?' });
  else if (text.length > MAX_STORY_CHARACTERS) {
    context.addIssue({ code: 'custom', message: `the story is ${text.length.toLocaleString('en')} characters long; the limit is ${MAX_STORY_CHARACTERS.toLocaleString('en')}`, params: { reason: TOO_LARGE } });
  }
});

/**
 * POST /api/books: the story (text or prompt) and the book options side by side, one flat object.
 * Built from BookOptionsSchema so the API accepts exactly what the pipeline does; `scenes` is the
 * request's name for `targetScenes`.
 */
export const CreateBookBodySchema = BookOptionsSchema.omit({ targetScenes: true })
  .extend({
    text: StoryTextSchema.optional().describe('The story itself, as plain text.'),
    prompt: PromptSourceSchema.shape.prompt.optional().describe(`An idea for a story (up to ${MAX_PROMPT_CHARACTERS} characters); the story writer writes it.`),
    length: StoryLengthSchema.optional().describe('With a prompt: how long a story to write.'),
    audience: PromptSourceSchema.shape.audience.unwrap().optional().describe('With a prompt: who the story is for.'),
    scenes: BookOptionsSchema.shape.targetScenes.describe('How many pages (1–60); the planner chooses when absent.'),
  })
  .strict()
  .superRefine((body, context) => {
    if (body.text === undefined && body.prompt === undefined) context.addIssue({ code: 'custom', path: ['text'], message: 'give the story as "text", or an idea for one as "prompt"' });
    if (body.text !== undefined && body.prompt !== undefined) context.addIssue({ code: 'custom', path: ['prompt'], message: 'give either "text" or "prompt", not both' });
    if (body.text !== undefined && (body.length !== undefined || body.audience !== undefined)) {
      context.addIssue({ code: 'custom', path: [body.length !== undefined ? 'length' : 'audience'], message: '"length" and "audience" go with a "prompt", not with "text"' });
    }
  });
export type CreateBookBody = z.infer<typeof CreateBookBodySchema>;

/** The pipeline's request from the API's flat body. */
export function bookRequestFromBody(body: CreateBookBody): BookRequest {
  const { text, prompt, length, audience, scenes, ...options } = body;
  const source: BookRequest['source'] =
    prompt !== undefined ? { kind: 'prompt', prompt, length: length ?? 'medium', audience: audience ?? 'children aged 4 to 8' } : { kind: 'text', text: text! };
  return { source, options: { ...options, targetScenes: scenes } };
}

export const BookIdSchema = z.string().regex(BOOK_ID_PATTERN, 'is not a book id (16 letters a–z and digits 2–7)').describe('A book id');
export const BookIdParamsSchema = z.object({ id: BookIdSchema }).strict();

export const ListBooksQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20).describe('Books per page (1–100).'),
    offset: z.coerce.number().int().min(0).default(0).describe('How many books to skip.'),
  })
  .strict();

export const DownloadParamsSchema = z.object({ id: BookIdSchema, name: z.enum(DOWNLOAD_NAMES) }).strict();

/** One segment of a file path inside a book folder: no "..", no hidden files, no separators. */
const PathSegmentSchema = z
  .string()
  .min(1, 'has an empty segment')
  .max(200)
  .refine((segment) => !segment.startsWith('.'), 'may not contain "..", "." or hidden names')
  .refine((segment) => !/[\\/\0]/.test(segment), 'may not contain an encoded slash, a backslash or NUL');
export const FileParamsSchema = z.object({ id: BookIdSchema, path: z.array(PathSegmentSchema).min(1).max(10) }).strict();
