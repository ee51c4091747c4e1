import { z } from 'zod';
import { BookRequestSchema } from './book-request';
import { OutputFormatSchema } from './book-options';
import { SceneSchema } from './scene';
import { StoryBibleSchema } from './story-bible';
import { WordTimingSchema } from './word-timing';

export const MANIFEST_VERSION = 1;

/** Who made a step, and what they could not honour. Every recorded step carries this. */
const StepProvenance = {
  provider: z.string(),
  model: z.string(),
  warnings: z.array(z.string()).default([]),
  finishedAt: z.string(),
};

/** The story text obtained from a prompt (writer) or a recording (transcriber), kept in `file`. */
export const StoryStepSchema = z.object({ ...StepProvenance, file: z.string() });
export type StoryStep = z.infer<typeof StoryStepSchema>;

export const PlanStepSchema = z.object({ ...StepProvenance });
export type PlanStep = z.infer<typeof PlanStepSchema>;

export const PictureRecordSchema = z.object({
  ...StepProvenance,
  file: z.string(),
  mimeType: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Which parts of the scene description the picture shows ("setting:forest", "character:wolf", …). */
  drawn: z.array(z.string()).default([]),
});
export type PictureRecord = z.infer<typeof PictureRecordSchema>;

/** A sentence's span in the scene text and when it is spoken; subtitles are cut from these. */
export const SentenceTimingSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  startMs: z.number().min(0),
  endMs: z.number().min(0),
});
export type SentenceTiming = z.infer<typeof SentenceTimingSchema>;

export const NarrationRecordSchema = z.object({
  ...StepProvenance,
  file: z.string(),
  mimeType: z.string(),
  durationMs: z.number().min(0),
  words: z.array(WordTimingSchema),
  sentences: z.array(SentenceTimingSchema).default([]),
});
export type NarrationRecord = z.infer<typeof NarrationRecordSchema>;

export const SceneStepsSchema = z.object({
  picture: PictureRecordSchema.nullable().default(null),
  narration: NarrationRecordSchema.nullable().default(null),
});
export type SceneSteps = z.infer<typeof SceneStepsSchema>;

/** Every scene's narration joined in order; `sceneOffsetsMs[i]` is where scene i starts in it. */
export const JoinedNarrationSchema = z.object({
  file: z.string(),
  mimeType: z.string(),
  durationMs: z.number().min(0),
  sceneOffsetsMs: z.array(z.number().min(0)),
  finishedAt: z.string(),
});
export type JoinedNarration = z.infer<typeof JoinedNarrationSchema>;

export const OutputRecordSchema = z.object({
  /** Paths relative to the book folder; the first is the main file. */
  files: z.array(z.string()).min(1),
  renderedAt: z.string(),
  warnings: z.array(z.string()).default([]),
});
export type OutputRecord = z.infer<typeof OutputRecordSchema>;

export const BOOK_STATUSES = ['queued', 'running', 'ready', 'failed', 'cancelled'] as const;
export const BookStatusSchema = z.enum(BOOK_STATUSES);
export type BookStatus = z.infer<typeof BookStatusSchema>;

export const BookErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  scene: z.number().int().min(0).nullable().default(null),
  provider: z.string().nullable().default(null),
});
export type BookError = z.infer<typeof BookErrorSchema>;

/**
 * book.json: the whole state of a book folder. A step whose record is here is done and is never
 * redone; everything a record names is a file in the folder.
 */
export const ManifestSchema = z.object({
  version: z.literal(MANIFEST_VERSION),
  id: z.string(),
  title: z.string().nullable(),
  language: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  status: BookStatusSchema,
  error: BookErrorSchema.nullable().default(null),
  request: BookRequestSchema,
  steps: z.object({
    story: StoryStepSchema.nullable().default(null),
    plan: PlanStepSchema.nullable().default(null),
    scenes: z.array(SceneStepsSchema).default([]),
    narration: JoinedNarrationSchema.nullable().default(null),
  }),
  /** Empty until planned. The scenes' texts joined are the normalized story. */
  scenes: z.array(SceneSchema).default([]),
  bible: StoryBibleSchema.default({ characters: [] }),
  outputs: z.partialRecord(OutputFormatSchema, OutputRecordSchema).default({}),
  warnings: z.array(z.string()).default([]),
});
export type Manifest = z.infer<typeof ManifestSchema>;
export type ManifestInput = z.input<typeof ManifestSchema>;
