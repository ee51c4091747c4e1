import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BookFolder } from '../../pipeline/book-folder';
import { newManifest } from '../../pipeline/book-store';
import { newBookId } from '../../pipeline/book-id';
import { encodeWav, joinPcm } from '../../pipeline/audio/wav';
import type { BookOptionsInput, Manifest, Scene } from '../../pipeline/model';
import { colourPicture, evenTimings, SYNTHETIC_SAMPLE_RATE, toneSamples } from '../../pipeline/providers/testing/synthetic-media';

/**
 * A finished book folder made without any provider, for renderer tests: each scene gets a
 * distinct flat-colour picture (so video frames can be told apart), a narration of tones whose
 * length follows its words, even word and sentence timings, and the joined narration.wav.
 * Everything a renderer reads is real and consistent.
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

export async function makeSampleBook(options: SampleBookOptions = {}): Promise<{ folder: BookFolder; manifest: Manifest }> {
  const dir = options.dir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'storyloom-sample-')));
  const folder = new BookFolder(dir);
  const texts = options.scenes ?? SAMPLE_SCENES;
  const size = options.pictureSize ?? { width: 1024, height: 1024 };
  const storyText = texts.map((text, index) => (index < texts.length - 1 ? `${text}\n\n` : text)).join('');

  const manifest = newManifest(newBookId(), { source: { kind: 'text', text: storyText }, options: { language: options.language ?? 'en', ...options.options } }, new Date());
  manifest.title = options.title ?? 'The Fox Who Looked for the Moon';
  manifest.status = 'ready';
  const provenance = () => ({ provider: 'sample', model: 'sample', warnings: [], finishedAt: new Date().toISOString() });

  const clips = [];
  let start = 0;
  for (let index = 0; index < texts.length; index++) {
    const sceneText = texts[index] + (index < texts.length - 1 ? '\n\n' : '');
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
    const { words, sentences, durationMs } = evenTimings(sceneText, options.msPerWord ?? 300);
    const samples = toneSamples(durationMs, index);
    await folder.writeFile(`scenes/${number}.wav`, encodeWav({ sampleRate: SYNTHETIC_SAMPLE_RATE, channels: 1, samples }));
    await folder.writeFile(`scenes/${number}.png`, colourPicture(index, size));
    clips.push({ sampleRate: SYNTHETIC_SAMPLE_RATE, channels: 1, samples });
    manifest.scenes.push(scene);
    manifest.steps.scenes.push({
      picture: { ...provenance(), file: `scenes/${number}.png`, mimeType: 'image/png', width: size.width, height: size.height, drawn: [] },
      narration: { ...provenance(), file: `scenes/${number}.wav`, mimeType: 'audio/wav', durationMs: (samples.length / SYNTHETIC_SAMPLE_RATE) * 1000, words, sentences },
    });
  }
  const joined = joinPcm(clips);
  await folder.writeFile('narration.wav', encodeWav(joined.audio));
  manifest.steps.plan = provenance();
  manifest.steps.narration = {
    file: 'narration.wav',
    mimeType: 'audio/wav',
    durationMs: (joined.audio.samples.length / SYNTHETIC_SAMPLE_RATE) * 1000,
    sceneOffsetsMs: joined.offsetsMs,
    finishedAt: new Date().toISOString(),
  };
  return { folder, manifest: await folder.write(manifest) };
}
