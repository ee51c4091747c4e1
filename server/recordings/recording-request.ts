import { z } from 'zod';
import { BadInputError } from '../../pipeline/errors';
import { BookOptionsSchema } from '../../pipeline/model';

/** Recordings up to 50 MB: about an hour of speech as M4A, six minutes as 16-bit WAV. */
export const MAX_RECORDING_BYTES = 50 * 1024 * 1024;

/**
 * The options that travel with a recording in the multipart "options" field, as JSON: the same
 * flat options as a JSON request, without a story (the recording is the story).
 */
export const RecordingOptionsSchema = BookOptionsSchema.omit({ targetScenes: true })
  .extend({ scenes: BookOptionsSchema.shape.targetScenes.describe('How many pages (1–60); the planner chooses when absent.') })
  .strict();
export type RecordingOptions = z.infer<typeof RecordingOptionsSchema>;

/** The options field's text as JSON; an absent field means the defaults. */
export function readOptionsField(value: unknown): unknown {
  if (value === undefined || value === '') return {};
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch (error) {
    throw new BadInputError(`the "options" field is not JSON (${(error as Error).message}); send the options as a JSON object, e.g. {"language":"de"}`);
  }
}

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
