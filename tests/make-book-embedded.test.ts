import { promises as fs } from 'node:fs';
import { decodeWav, durationMs } from '../pipeline/audio/wav';
import { makeBook } from '../pipeline/make-book';
import { PICTURE_PIXELS, type Manifest, type PictureSize } from '../pipeline/model';
import { chooseProviders } from '../pipeline/providers/choose-providers';
import { createEmbeddedProviders } from '../pipeline/providers/embedded/create-embedded-providers';
import { decodePngSize } from './make-book/png-size';
import { queuedBook } from './make-book/make-book-fixtures';
import type { BookFolder } from '../pipeline/book-folder';

/**
 * Measured, not assumed: a real book from the embedded providers, in English and in German,
 * checked file by file against what the manifest claims.
 */
const providers = createEmbeddedProviders({ narrator: { poolSize: 2 }, illustrator: { poolSize: 2 } });
afterAll(() => providers.close());

async function checkBook(folder: BookFolder, manifest: Manifest, size: PictureSize): Promise<void> {
  expect(manifest.status).toBe('ready');
  expect(manifest.scenes.length).toBeGreaterThanOrEqual(3);
  const sceneDurations: number[] = [];
  for (const [index, scene] of manifest.scenes.entries()) {
    const { picture, narration } = manifest.steps.scenes[index];
    expect(decodePngSize(await fs.readFile(folder.resolve(picture!.file)))).toEqual(PICTURE_PIXELS[size]);

    const audio = decodeWav(await fs.readFile(folder.resolve(narration!.file)));
    const measured = durationMs(audio);
    expect(Math.abs(measured - narration!.durationMs)).toBeLessThan(1);
    sceneDurations.push(measured);

    const words = narration!.words;
    expect(words.length).toBeGreaterThan(5);
    for (const [position, word] of words.entries()) {
      expect(scene.text.slice(word.start, word.end)).toContain(word.text);
      expect(word.endMs).toBeGreaterThanOrEqual(word.startMs);
      expect(word.startMs).toBeGreaterThanOrEqual(0);
      expect(word.endMs).toBeLessThanOrEqual(narration!.durationMs);
      if (position > 0) {
        expect(word.start).toBeGreaterThanOrEqual(words[position - 1].end);
        expect(word.startMs).toBeGreaterThanOrEqual(words[position - 1].startMs);
      }
    }
  }
  const joined = manifest.steps.narration!;
  const total = durationMs(decodeWav(await fs.readFile(folder.resolve(joined.file))));
  expect(Math.abs(total - joined.durationMs)).toBeLessThan(20);
  joined.sceneOffsetsMs.forEach((offset, index) => {
    const expected = sceneDurations.slice(0, index).reduce((sum, duration) => sum + duration, 0);
    expect(Math.abs(offset - expected)).toBeLessThan(20);
  });
  const lastIndex = sceneDurations.length - 1;
  expect(Math.abs(joined.sceneOffsetsMs[lastIndex] + sceneDurations[lastIndex] - total)).toBeLessThan(20);
}

describe('makeBook with the embedded providers', () => {
  it('makes an English book from a prompt whose words, offsets and pictures all hold', async () => {
    const { folder, remove } = await queuedBook({ source: { kind: 'prompt', prompt: 'a brave little fox who is afraid of the dark', length: 'short' }, options: { formats: ['web'], size: 'landscape' } });
    const manifest = await makeBook(folder, { providers, renderers: [] });
    await checkBook(folder, manifest, 'landscape');
    expect(manifest.language).toBe('en');
    expect(manifest.bible.characters.map((character) => character.kind)).toContain('fox');
    expect(manifest.scenes.map((scene) => scene.description.timeOfDay)).toContain('night');
    await remove();
  });

  it('makes a German book from a German prompt, spoken in German', async () => {
    const { folder, remove } = await queuedBook({ source: { kind: 'prompt', prompt: 'ein schüchterner Drache, der schwimmen lernt', length: 'short' }, options: { language: 'de', formats: ['web'] } });
    const manifest = await makeBook(folder, { providers, renderers: [] });
    await checkBook(folder, manifest, 'square');
    expect(manifest.language).toBe('de');
    expect(await fs.readFile(folder.resolve('story.txt'), 'utf8')).toMatch(/schwimmen/);
    expect(manifest.steps.story!.warnings).toEqual([]);
    expect(manifest.steps.plan!.warnings.filter((warning) => /looks like/.test(warning))).toEqual([]);
    expect(manifest.bible.characters.map((character) => character.kind)).toContain('dragon');
    await remove();
  });

  it('is what the chooser picks with no keys, and closes cleanly', async () => {
    const chosen = chooseProviders({ env: {} });
    expect(chosen.describe()).toEqual([
      'writer: embedded (story-shapes) (offline, needs no key)',
      'planner: embedded (lexicon-planner) (offline, needs no key)',
      'illustrator: embedded (fluent-emoji-svg) (offline, needs no key)',
      'narrator: embedded (espeak-ng) (offline, needs no key)',
      'transcriber: none (no transcriber: making books from recordings needs an OpenAI or Azure key)',
    ]);
    expect((await chosen.providers.narrator.voices()).map((voice) => voice.language)).toContain('de');
    await chosen.providers.close();
  });
});
