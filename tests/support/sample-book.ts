import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { BookFolder } from '../../pipeline/book-folder';
import { newManifest } from '../../pipeline/book-store';
import { newBookId } from '../../pipeline/book-id';
import { encodeWav, joinPcm } from '../../pipeline/audio/wav';
import type { BookOptionsInput, Manifest, Scene, SentenceTiming, WordTiming } from '../../pipeline/model';

/**
 * A finished book folder made without any provider, for renderer tests: each scene gets a
 * distinct flat-colour picture (so video frames can be told apart), a narration of tones and
 * pauses whose length follows its words, even word timings and sentence timings, and the
 * joined narration.wav. Everything a renderer reads is real and consistent.
 */
export interface SampleBookOptions {
  title?: string;
  language?: string;
  /** One string per scene. */
  scenes?: string[];
  options?: BookOptionsInput;
  /** Milliseconds of speech per word. */
  msPerWord?: number;
  pictureSize?: { width: number; height: number };
  dir?: string;
}

export const SAMPLE_SCENES = [
  'Once upon a time, a little fox lived at the edge of a dark forest. Every night she looked at the moon.',
  'One morning the fox met an old owl. "Where are you going?" asked the owl. "To find the moon," said the fox.',
  'They walked until the sun went down, and at last the moon rose over the hill, round and bright. The fox smiled and went home.',
];

const SAMPLE_RATE = 22050;
export const SCENE_COLOURS = ['#d9453b', '#2f8f4e', '#2f5fb3', '#e0a526', '#8a3fb3', '#1f9aa8'];

export async function makeSampleBook(options: SampleBookOptions = {}): Promise<{ folder: BookFolder; manifest: Manifest }> {
  const dir = options.dir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'storyloom-sample-')));
  const folder = new BookFolder(dir);
  const texts = options.scenes ?? SAMPLE_SCENES;
  const msPerWord = options.msPerWord ?? 300;
  const size = options.pictureSize ?? { width: 1024, height: 1024 };
  const storyText = texts.map((text, index) => (index < texts.length - 1 ? `${text}\n\n` : text)).join('');

  const manifest = newManifest(newBookId(), { source: { kind: 'text', text: storyText }, options: { language: options.language ?? 'en', ...options.options } }, new Date());
  manifest.title = options.title ?? 'The Fox Who Looked for the Moon';
  manifest.status = 'ready';

  const clips = [];
  let start = 0;
  for (const [index, _] of texts.entries()) {
    const sceneText = storyText.slice(start, start + texts[index].length + (index < texts.length - 1 ? 2 : 0));
    const scene: Scene = {
      index,
      text: sceneText,
      start,
      end: start + sceneText.length,
      description: { setting: 'forest', timeOfDay: 'night', weather: 'clear', season: null, characters: [], objects: [], mood: 'calm', action: texts[index].split('.')[0] },
      imagePrompt: `scene ${index + 1}`,
    };
    start = scene.end;
    const number = String(index + 1).padStart(2, '0');
    const { words, sentences, durationMs } = evenTimings(sceneText, msPerWord);
    const samples = speechLikeSamples(durationMs, index);
    await folder.writeFile(`scenes/${number}.wav`, encodeWav({ sampleRate: SAMPLE_RATE, channels: 1, samples }));
    await folder.writeFile(`scenes/${number}.png`, colourPicture(SCENE_COLOURS[index % SCENE_COLOURS.length], size, index));
    clips.push({ sampleRate: SAMPLE_RATE, channels: 1, samples });
    manifest.scenes.push(scene);
    const provenance = { provider: 'sample', model: 'sample', warnings: [], finishedAt: new Date().toISOString() };
    manifest.steps.scenes.push({
      picture: { ...provenance, file: `scenes/${number}.png`, mimeType: 'image/png', width: size.width, height: size.height, drawn: [] },
      narration: { ...provenance, file: `scenes/${number}.wav`, mimeType: 'audio/wav', durationMs: (samples.length / SAMPLE_RATE) * 1000, words, sentences },
    });
  }
  const joined = joinPcm(clips);
  await folder.writeFile('narration.wav', encodeWav(joined.audio));
  manifest.steps.plan = { provider: 'sample', model: 'sample', warnings: [], finishedAt: new Date().toISOString() };
  manifest.steps.narration = {
    file: 'narration.wav',
    mimeType: 'audio/wav',
    durationMs: (joined.audio.samples.length / SAMPLE_RATE) * 1000,
    sceneOffsetsMs: joined.offsetsMs,
    finishedAt: new Date().toISOString(),
  };
  return { folder, manifest: await folder.write(manifest) };
}

/** Words spoken at a steady pace, with a pause after each sentence. */
function evenTimings(text: string, msPerWord: number): { words: WordTiming[]; sentences: SentenceTiming[]; durationMs: number } {
  const words: WordTiming[] = [];
  const sentences: SentenceTiming[] = [];
  let clock = 100;
  let sentenceStart: { start: number; startMs: number } | null = null;
  for (const match of text.matchAll(/[^\s]+/g)) {
    const start = match.index!;
    const end = start + match[0].length;
    sentenceStart ??= { start, startMs: clock };
    words.push({ text: match[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') || match[0], start, end, startMs: clock, endMs: clock + msPerWord * 0.85 });
    clock += msPerWord;
    if (/[.!?]["”»]?$/.test(match[0])) {
      sentences.push({ ...sentenceStart, end, endMs: clock - msPerWord * 0.15 });
      sentenceStart = null;
      clock += 250;
    }
  }
  if (sentenceStart) sentences.push({ ...sentenceStart, end: text.trimEnd().length, endMs: clock });
  return { words, sentences, durationMs: clock + 150 };
}

function speechLikeSamples(durationMs: number, seed: number): Int16Array {
  const samples = new Int16Array(Math.round((SAMPLE_RATE * durationMs) / 1000));
  const frequency = 180 + seed * 40;
  for (let index = 0; index < samples.length; index++) {
    const envelope = 0.5 + 0.5 * Math.sin((2 * Math.PI * 3 * index) / SAMPLE_RATE);
    samples[index] = Math.round(6000 * envelope * Math.sin((2 * Math.PI * frequency * index) / SAMPLE_RATE));
  }
  return samples;
}

function colourPicture(colour: string, size: { width: number; height: number }, index: number): Buffer {
  const radius = Math.min(size.width, size.height) / 6;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}">
    <rect width="100%" height="100%" fill="${colour}"/>
    <circle cx="${(size.width / 4) * (1 + (index % 3))}" cy="${size.height / 2}" r="${radius}" fill="#ffffff" opacity="0.8"/>
  </svg>`;
  return new Resvg(svg).render().asPng();
}
