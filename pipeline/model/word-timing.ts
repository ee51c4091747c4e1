import { z } from 'zod';

/**
 * When a word is spoken. `start`/`end` are character offsets into the scene's text (not the
 * whole story), `startMs`/`endMs` are milliseconds from the start of the scene's audio.
 */
export const WordTimingSchema = z.object({
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  startMs: z.number().min(0),
  endMs: z.number().min(0),
});
export type WordTiming = z.infer<typeof WordTimingSchema>;
