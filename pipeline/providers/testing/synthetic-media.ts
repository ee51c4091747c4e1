import { Resvg } from '@resvg/resvg-js';
import type { SentenceTiming, WordTiming } from '../../model';

/**
 * Cheap but real media for test doubles and fixtures: flat-colour PNGs that differ per scene (so
 * video frames can be told apart) and tone "speech" whose timing follows the words.
 */
export const SYNTHETIC_SAMPLE_RATE = 22050;
export const SCENE_COLOURS = ['#d9453b', '#2f8f4e', '#2f5fb3', '#e0a526', '#8a3fb3', '#1f9aa8'];

/** Words spoken at a steady pace, with a pause after each sentence. */
export function evenTimings(text: string, msPerWord: number): { words: WordTiming[]; sentences: SentenceTiming[]; durationMs: number } {
  const words: WordTiming[] = [];
  const sentences: SentenceTiming[] = [];
  let clock = 100;
  let sentenceStart: { start: number; startMs: number } | null = null;
  let lastEnd = 0;
  for (const match of text.matchAll(/\S+/g)) {
    const start = match.index!;
    const end = start + match[0].length;
    lastEnd = end;
    sentenceStart ??= { start, startMs: clock };
    words.push({ text: match[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') || match[0], start, end, startMs: clock, endMs: clock + msPerWord * 0.85 });
    clock += msPerWord;
    if (/[.!?]["”»’']?$/.test(match[0])) {
      sentences.push({ ...sentenceStart, end, endMs: clock - msPerWord * 0.15 });
      sentenceStart = null;
      clock += 250;
    }
  }
  if (sentenceStart) sentences.push({ ...sentenceStart, end: lastEnd, endMs: clock });
  return { words, sentences, durationMs: clock + 150 };
}

export function toneSamples(durationMs: number, seed: number): Int16Array {
  const samples = new Int16Array(Math.round((SYNTHETIC_SAMPLE_RATE * durationMs) / 1000));
  const frequency = 180 + (seed % 8) * 40;
  for (let index = 0; index < samples.length; index++) {
    const envelope = 0.5 + 0.5 * Math.sin((2 * Math.PI * 3 * index) / SYNTHETIC_SAMPLE_RATE);
    samples[index] = Math.round(6000 * envelope * Math.sin((2 * Math.PI * frequency * index) / SYNTHETIC_SAMPLE_RATE));
  }
  return samples;
}

export function colourPicture(index: number, size: { width: number; height: number }): Uint8Array {
  const colour = SCENE_COLOURS[index % SCENE_COLOURS.length];
  const radius = Math.min(size.width, size.height) / 6;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}">
    <rect width="100%" height="100%" fill="${colour}"/>
    <circle cx="${(size.width / 4) * (1 + (index % 3))}" cy="${size.height / 2}" r="${radius}" fill="#ffffff" opacity="0.8"/>
  </svg>`;
  return new Resvg(svg).render().asPng();
}
