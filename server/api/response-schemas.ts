import { z } from 'zod';
import { BookStatusSchema, ManifestSchema } from '../../pipeline/model';
import { BookSnapshotSchema } from '../../web/shared/book-events';
import { ApiOptionsSchema } from '../options/options-catalog';

/** What the API answers, as schemas, for the OpenAPI description and for tests to check against. */
export const BookLinksSchema = z.object({ self: z.string(), files: z.string(), page: z.string() });

export const CreatedBookSchema = z.object({ id: z.string(), status: BookStatusSchema, links: BookLinksSchema });

export const BookSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  status: BookStatusSchema,
  language: z.string(),
  createdAt: z.string(),
  sceneCount: z.number().int(),
  coverUrl: z.string().nullable(),
  overall: z.number(),
  step: z.string(),
  links: BookLinksSchema,
});

export const BookListSchema = z.object({
  books: z.array(BookSummarySchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  next: z.string().nullable(),
});

export const BookDetailSchema = z.object({ book: BookSnapshotSchema, manifest: ManifestSchema, links: BookLinksSchema });

export const CancelledBookSchema = z.object({ id: z.string(), status: BookStatusSchema });

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string().describe('Stable, for programs: bad_input, bad_json, bad_id, bad_path, too_large, body_too_large, not_found, not_running, shutting_down, internal…'),
    message: z.string().describe('For people: what is wrong, in plain words.'),
    details: z.object({ issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })) }).optional(),
  }),
});

export const HealthSchema = z.object({
  status: z.literal('ok'),
  uptimeSeconds: z.number(),
  jobs: z.object({ running: z.number(), queued: z.number(), concurrency: z.number(), accepting: z.boolean() }),
});

export { ApiOptionsSchema };
