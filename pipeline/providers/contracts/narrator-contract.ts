import { decodeWav, durationMs } from '../../audio/wav';
import { CancelledError } from '../../errors';
import { LanguageTagSchema, SentenceTimingSchema, WordTimingSchema } from '../../model';
import type { Narration, Narrator } from '../narrator';

/**
 * The behaviour every Narrator promises, as a Jest suite. Each implementation's test calls
 * `narratorContract(name, setup)`; setup builds the narrator (against a fake server for cloud
 * ones) and tears it down.
 */
export interface NarratorContractSetup {
  create(): Narrator | Promise<Narrator>;
  close?(narrator: Narrator): Promise<void>;
  /** Languages to narrate in; the first is used for the single-language checks. Default ["en"]. */
  languages?: string[];
}

const SAMPLE_TEXT: Record<string, string> = {
  en: 'Once upon a time, a small fox lived by the river. Every night she watched the moon.\n\nOne evening, the moon was gone!',
  de: 'Es war einmal ein kleiner Fuchs, der am Fluss wohnte. Jede Nacht sah er den Mond an.\n\nEines Abends war der Mond fort!',
  fr: 'Il était une fois un petit renard qui vivait près de la rivière. Chaque nuit, il regardait la lune.',
  es: 'Había una vez un pequeño zorro que vivía junto al río. Cada noche miraba la luna.',
};

export function sampleTextFor(language: string): string {
  return SAMPLE_TEXT[language.split('-')[0]] ?? SAMPLE_TEXT.en;
}

/** Checks that hold for any narration of `text`; shared with implementation-specific tests. */
export function expectConsistentNarration(narration: Narration, text: string): void {
  expect(narration.audio).toBeInstanceOf(Uint8Array);
  expect(narration.audio.byteLength).toBeGreaterThan(0);
  expect(['audio/wav', 'audio/mpeg']).toContain(narration.mimeType);
  expect(Number.isFinite(narration.durationMs)).toBe(true);
  if (narration.mimeType === 'audio/wav') {
    expect(narration.durationMs).toBeCloseTo(durationMs(decodeWav(narration.audio)), 3);
  }
  let previousEnd = 0;
  let previousOffset = 0;
  for (const word of narration.words) {
    expect(() => WordTimingSchema.parse(word)).not.toThrow();
    expect(text.slice(word.start, word.end)).toBe(word.text);
    expect(word.start).toBeGreaterThanOrEqual(previousOffset);
    expect(word.startMs).toBeGreaterThanOrEqual(previousEnd);
    expect(word.endMs).toBeGreaterThanOrEqual(word.startMs);
    expect(word.endMs).toBeLessThanOrEqual(narration.durationMs);
    previousEnd = word.endMs;
    previousOffset = word.end;
  }
  previousEnd = 0;
  for (const sentence of narration.sentences) {
    expect(() => SentenceTimingSchema.parse(sentence)).not.toThrow();
    expect(sentence.end).toBeLessThanOrEqual(text.length);
    expect(sentence.startMs).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.endMs).toBeLessThanOrEqual(narration.durationMs);
    previousEnd = sentence.endMs;
  }
}

export function narratorContract(name: string, setup: NarratorContractSetup): void {
  describe(`${name} keeps the Narrator contract`, () => {
    let narrator: Narrator;
    const languages = setup.languages ?? ['en'];
    beforeAll(async () => {
      narrator = await setup.create();
    });
    afterAll(async () => {
      if (narrator && setup.close) await setup.close(narrator);
    });

    it('names its provider and model', () => {
      expect(narrator.provider).toMatch(/\S/);
      expect(narrator.model).toMatch(/\S/);
    });

    it('lists voices with unique ids and valid language tags', async () => {
      const voices = await narrator.voices();
      expect(voices.length).toBeGreaterThan(0);
      expect(new Set(voices.map((voice) => voice.id)).size).toBe(voices.length);
      for (const voice of voices) {
        expect(voice.name).toMatch(/\S/);
        expect(LanguageTagSchema.safeParse(voice.language).success).toBe(true);
        expect(Array.isArray(voice.styles)).toBe(true);
      }
    });

    it.each(languages)('narrates %s with words and sentences that point into the text', async (language) => {
      const text = sampleTextFor(language);
      const narration = await narrator.narrate({ text, language, rate: 1 });
      expectConsistentNarration(narration, text);
      expect(narration.words.length).toBeGreaterThan(10);
      expect(narration.sentences.length).toBeGreaterThan(1);
      expect(narration.durationMs).toBeGreaterThan(2000);
    });

    it('speaks with one of its own voices without a warning about it', async () => {
      const [language] = languages;
      const voice = (await narrator.voices()).find((candidate) => candidate.language.split('-')[0] === language.split('-')[0]);
      expect(voice).toBeDefined();
      const narration = await narrator.narrate({ text: 'Good night, little fox.', language, voice: voice!.id, rate: 1 });
      expect(narration.warnings.filter((warning) => warning.includes(voice!.id))).toEqual([]);
    });

    it('warns instead of failing for a voice it does not have', async () => {
      const text = 'Good night.';
      const narration = await narrator.narrate({ text, language: languages[0], voice: 'no-such-voice-anywhere', rate: 1 });
      expect(narration.warnings.some((warning) => warning.includes('no-such-voice-anywhere'))).toBe(true);
      expectConsistentNarration(narration, text);
    });

    it('gives a short silence, not an error, for text with nothing to say', async () => {
      const narration = await narrator.narrate({ text: ' … !? — ', language: languages[0], rate: 1 });
      expect(narration.words).toEqual([]);
      expect(narration.durationMs).toBeLessThan(2000);
      expectConsistentNarration(narration, ' … !? — ');
    });

    it('refuses at once when already cancelled', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await narrator.narrate({ text: 'Never spoken.', language: languages[0], rate: 1, signal: controller.signal }).catch((caught: unknown) => caught);
      expect(CancelledError.isInstance(error)).toBe(true);
    });

    it('stops when cancelled while speaking', async () => {
      const controller = new AbortController();
      const long = Array.from({ length: 40 }, () => sampleTextFor(languages[0])).join('\n\n');
      const pending = narrator.narrate({ text: long, language: languages[0], rate: 1, signal: controller.signal }).catch((caught: unknown) => caught);
      setTimeout(() => controller.abort(), 20);
      const started = Date.now();
      const error = await pending;
      expect(CancelledError.isInstance(error)).toBe(true);
      expect(Date.now() - started).toBeLessThan(5000);
    });
  });
}
