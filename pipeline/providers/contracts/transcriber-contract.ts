import { BadInputError, CancelledError } from '../../errors';
import { WordTimingSchema } from '../../model';
import type { Transcriber } from '../transcriber';

/**
 * The behaviour every Transcriber promises, as a Jest suite. `recording(text)` gives audio in
 * which `text` is spoken (for a cloud transcriber, a recording its fake server will "hear").
 */
export interface TranscriberContractSetup {
  create(): Transcriber | Promise<Transcriber>;
  recording(text: string): Promise<{ audio: Uint8Array; mimeType: string; durationMs: number }>;
}

const SPOKEN = 'Once upon a time, a small fox lived by the river. Every night she watched the moon.';
const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

export function transcriberContract(name: string, setup: TranscriberContractSetup): void {
  describe(`${name} keeps the Transcriber contract`, () => {
    let transcriber: Transcriber;
    beforeAll(async () => {
      transcriber = await setup.create();
    });

    it('names its provider and model', () => {
      expect(transcriber.provider).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(transcriber.model).toMatch(/\S/);
    });

    it('hears the words spoken, with times that point into its own text, in order, inside the recording', async () => {
      const recording = await setup.recording(SPOKEN);
      const transcript = await transcriber.transcribe({ audio: recording.audio, mimeType: recording.mimeType, language: 'en' });
      expect(words(transcript.text)).toEqual(words(SPOKEN));
      expect(transcript.words.length).toBe(words(SPOKEN).length);
      let previousEnd = 0;
      let previousOffset = 0;
      for (const word of transcript.words) {
        expect(() => WordTimingSchema.parse(word)).not.toThrow();
        expect(transcript.text.slice(word.start, word.end)).toBe(word.text);
        expect(word.start).toBeGreaterThanOrEqual(previousOffset);
        expect(word.startMs).toBeGreaterThanOrEqual(previousEnd);
        expect(word.endMs).toBeLessThanOrEqual(recording.durationMs + 1);
        previousEnd = word.endMs;
        previousOffset = word.end;
      }
      expect(transcript.words[0].startMs).toBeGreaterThan(0);
      expect(Array.isArray(transcript.warnings)).toBe(true);
    });

    it('refuses an empty recording as bad input', async () => {
      const error = await transcriber.transcribe({ audio: new Uint8Array(0), mimeType: 'audio/wav', language: 'en' }).catch((caught: unknown) => caught);
      expect(BadInputError.isInstance(error)).toBe(true);
    });

    it('refuses at once when already cancelled', async () => {
      const controller = new AbortController();
      controller.abort();
      const recording = await setup.recording('Good night.');
      const error = await transcriber.transcribe({ audio: recording.audio, mimeType: recording.mimeType, language: 'en', signal: controller.signal }).catch((caught: unknown) => caught);
      expect(CancelledError.isInstance(error)).toBe(true);
    });
  });
}
