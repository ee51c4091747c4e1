import { encodeWav } from '../../audio/wav';
import { PICTURE_PIXELS, type BookOptions } from '../../model';
import { CancelledError } from '../../errors';
import type { Illustrator } from '../illustrator';
import type { Narrator } from '../narrator';
import type { ProviderSet } from '../provider-set';
import type { ScenePlanner } from '../scene-planner';
import type { StoryWriter } from '../story-writer';
import type { Transcriber } from '../transcriber';
import { colourPicture, evenTimings, SYNTHETIC_SAMPLE_RATE, toneSamples } from './synthetic-media';

/**
 * Test doubles. Every capability throws "not implemented" unless the test supplies it, so a test
 * states exactly what it relies on (the vercel/ai mock-model habit). `syntheticProviders` gives
 * working, fast, deterministic ones with optional fixed delays, for makeBook, server and bench.
 */
export function notImplemented(name: string): never {
  throw new Error(`${name} is not implemented in this test`);
}

export function mockProviders(overrides: Partial<ProviderSet> = {}): ProviderSet {
  const identity = { provider: 'mock', model: 'mock' };
  return {
    writer: { ...identity, write: async () => notImplemented('writer.write') },
    planner: { ...identity, plan: async () => notImplemented('planner.plan') },
    illustrator: { ...identity, illustrate: async () => notImplemented('illustrator.illustrate') },
    narrator: { ...identity, narrate: async () => notImplemented('narrator.narrate'), voices: async () => [] },
    transcriber: null,
    ...overrides,
  };
}

export interface SyntheticOptions {
  pictureDelayMs?: number;
  narrationDelayMs?: number;
  msPerWord?: number;
  /** Counts every call, so tests can prove a recorded step is not redone. */
  calls?: { write: number; plan: number; illustrate: number[]; narrate: number[] };
}

function wait(milliseconds: number, signal?: AbortSignal): Promise<void> {
  if (milliseconds <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, milliseconds);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new CancelledError());
    }, { once: true });
  });
}

/** Splits on blank lines: one paragraph, one scene. Spans cover the text exactly. */
export function paragraphPlanner(calls?: SyntheticOptions['calls']): ScenePlanner {
  return {
    provider: 'synthetic',
    model: 'paragraphs',
    async plan({ text, language, title }) {
      if (calls) calls.plan++;
      const normalized = text.replace(/\r\n/g, '\n');
      const scenes = [];
      const pattern = /[\s\S]+?(?:\n\s*\n\s*|$)/g;
      for (const match of normalized.matchAll(pattern)) {
        if (match[0].length === 0) break;
        const start = match.index!;
        scenes.push({
          index: scenes.length,
          text: match[0],
          start,
          end: start + match[0].length,
          description: { setting: 'forest', timeOfDay: 'day' as const, weather: 'clear' as const, season: null, characters: [], objects: [], mood: 'calm' as const, action: match[0].trim().split(/[.!?]/)[0] },
          imagePrompt: `a picture of: ${match[0].trim().slice(0, 80)}`,
        });
      }
      return { title: title ?? 'A Test Story', language, text: normalized, scenes, bible: { characters: [] }, warnings: [] };
    },
  };
}

export function syntheticProviders(options: SyntheticOptions = {}): ProviderSet {
  const { calls } = options;
  const writer: StoryWriter = {
    provider: 'synthetic',
    model: 'writer',
    async write({ prompt }) {
      if (calls) calls.write++;
      return { title: 'A Story', text: `Once there was ${prompt}.\n\nIt had a long day.\n\nThen it went home.`, warnings: [] };
    },
  };
  const illustrator: Illustrator = {
    provider: 'synthetic',
    model: 'colour',
    async illustrate({ scene, size, signal }) {
      calls?.illustrate.push(scene.index);
      await wait(options.pictureDelayMs ?? 0, signal);
      const pixels = PICTURE_PIXELS[size as BookOptions['size']];
      return { image: colourPicture(scene.index, pixels), mimeType: 'image/png', ...pixels, drawn: [`setting:${scene.description.setting}`], warnings: [] };
    },
  };
  const narrator: Narrator = {
    provider: 'synthetic',
    model: 'tone',
    async narrate({ text, signal }) {
      await wait(options.narrationDelayMs ?? 0, signal);
      const timing = evenTimings(text, options.msPerWord ?? 250);
      const samples = toneSamples(timing.durationMs, text.length);
      return {
        audio: encodeWav({ sampleRate: SYNTHETIC_SAMPLE_RATE, channels: 1, samples }),
        mimeType: 'audio/wav',
        durationMs: (samples.length / SYNTHETIC_SAMPLE_RATE) * 1000,
        words: timing.words,
        sentences: timing.sentences,
        warnings: [],
      };
    },
    voices: async () => [{ id: 'tone', name: 'Tone', language: 'en', styles: [] }],
  };
  // Record narrations by scene text order: the narrator does not know the index, so count calls.
  const countingNarrator: Narrator = calls
    ? { ...narrator, narrate: async (input) => { calls.narrate.push(calls.narrate.length); return narrator.narrate(input); } }
    : narrator;
  const transcriber: Transcriber | null = null;
  return { writer, planner: paragraphPlanner(calls), illustrator, narrator: countingNarrator, transcriber };
}
