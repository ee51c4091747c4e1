import { z } from 'zod';
import { OutputFormatSchema } from '../../pipeline/model/book-options';
import { BookErrorSchema, BookStatusSchema } from '../../pipeline/model/manifest';
import { SceneDescriptionSchema } from '../../pipeline/model/scene';

/**
 * What the server tells a browser about a book while it is made, over socket.io. The server
 * builds these, the browser checks them with the same schemas, so the two never drift apart.
 * Every event carries the book id and a sequence number that grows by one per book; `overall` is
 * the whole book's progress, 0–100. URLs are absolute paths on the server.
 */
const Envelope = {
  bookId: z.string(),
  seq: z.number().int().min(1),
  overall: z.number().min(0).max(100),
};

export const PlannedSceneSchema = z.object({
  index: z.number().int().min(0),
  text: z.string(),
  description: SceneDescriptionSchema,
});
export type PlannedScene = z.infer<typeof PlannedSceneSchema>;

const OutputUrlsSchema = z.partialRecord(OutputFormatSchema, z.array(z.string()));

export const BookEventSchema = z.discriminatedUnion('type', [
  z.object({ ...Envelope, type: z.literal('book:queued'), position: z.number().int().min(0) }),
  z.object({ ...Envelope, type: z.literal('book:started') }),
  z.object({ ...Envelope, type: z.literal('story:written'), title: z.string(), textUrl: z.string() }),
  z.object({ ...Envelope, type: z.literal('story:transcribed'), textUrl: z.string() }),
  z.object({ ...Envelope, type: z.literal('book:planned'), title: z.string(), scenes: z.array(PlannedSceneSchema) }),
  z.object({ ...Envelope, type: z.literal('scene:illustrated'), index: z.number().int().min(0), pictureUrl: z.string(), width: z.number(), height: z.number() }),
  z.object({ ...Envelope, type: z.literal('scene:narrated'), index: z.number().int().min(0), audioUrl: z.string(), durationMs: z.number().min(0) }),
  z.object({ ...Envelope, type: z.literal('narration:joined'), audioUrl: z.string(), durationMs: z.number().min(0) }),
  z.object({ ...Envelope, type: z.literal('render:progress'), format: OutputFormatSchema, percent: z.number().min(0).max(100) }),
  z.object({ ...Envelope, type: z.literal('render:done'), format: OutputFormatSchema, urls: z.array(z.string()) }),
  z.object({ ...Envelope, type: z.literal('book:ready'), outputs: OutputUrlsSchema }),
  z.object({ ...Envelope, type: z.literal('book:failed'), error: BookErrorSchema }),
  z.object({ ...Envelope, type: z.literal('book:cancelled') }),
]);
export type BookEvent = z.infer<typeof BookEventSchema>;
export type BookEventType = BookEvent['type'];

/** An event before the progress hub numbers it. */
export type UnnumberedBookEvent = BookEvent extends infer Event ? (Event extends BookEvent ? Omit<Event, 'seq'> : never) : never;

export const BOOK_EVENT_TYPES = BookEventSchema.options.map((option) => option.shape.type.value) as BookEventType[];

/** Events after which nothing more happens to a book until someone asks again. */
export const FINAL_EVENT_TYPES: readonly BookEventType[] = ['book:ready', 'book:failed', 'book:cancelled'];

/** The book as the browser sees it: the manifest reduced to what a page shows, with URLs. */
export const SnapshotSceneSchema = z.object({
  index: z.number().int().min(0),
  text: z.string(),
  description: SceneDescriptionSchema,
  pictureUrl: z.string().nullable(),
  audioUrl: z.string().nullable(),
  durationMs: z.number().nullable(),
  words: z.array(z.object({ start: z.number(), end: z.number(), startMs: z.number(), endMs: z.number() })),
});
export type SnapshotScene = z.infer<typeof SnapshotSceneSchema>;

export const DownloadSchema = z.object({ format: OutputFormatSchema, label: z.string(), url: z.string() });

export const BookSnapshotSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  language: z.string(),
  status: BookStatusSchema,
  error: BookErrorSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  formats: z.array(OutputFormatSchema),
  overall: z.number().min(0).max(100),
  step: z.string(),
  scenes: z.array(SnapshotSceneSchema),
  outputs: OutputUrlsSchema,
  downloads: z.array(DownloadSchema),
  warnings: z.array(z.string()),
});
export type BookSnapshot = z.infer<typeof BookSnapshotSchema>;

/** socket.io: what a client sends to follow a book, and the acknowledgement it gets. */
export const SubscribeRequestSchema = z
  .object({
    bookId: z.string(),
    /** The last sequence number this client saw, to receive only what it missed. */
    lastSeq: z.number().int().min(0).optional(),
    /** The server run the client's lastSeq belongs to; a restarted server numbers afresh. */
    epoch: z.string().optional(),
  })
  .strict();
export type SubscribeRequest = z.infer<typeof SubscribeRequestSchema>;

export const SubscribeAckSchema = z.union([
  z.object({
    ok: z.literal(true),
    book: BookSnapshotSchema,
    epoch: z.string(),
    /** True when the events after `lastSeq` follow; false when the client must start from `book`. */
    resumed: z.boolean(),
    /** The sequence number `book` reflects; events after it follow. */
    seq: z.number().int().min(0),
  }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);
export type SubscribeAck = z.infer<typeof SubscribeAckSchema>;
