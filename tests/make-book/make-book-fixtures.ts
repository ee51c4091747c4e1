import { promises as fs } from 'node:fs';
import { BookFolder } from '../../pipeline/book-folder';
import { newBookId } from '../../pipeline/book-id';
import { newManifest } from '../../pipeline/book-store';
import type { BookRequestInput, Manifest, ProgressEvent } from '../../pipeline/model';
import type { ProviderSet } from '../../pipeline/providers/provider-set';
import type { Renderer } from '../../pipeline/render/renderer';
import { syntheticProviders, type SyntheticOptions } from '../../pipeline/providers/testing/test-providers';
import { colourPicture, evenTimings, SYNTHETIC_SAMPLE_RATE } from '../../pipeline/providers/testing/synthetic-media';
import { encodeWav } from '../../pipeline/audio/wav';
import { PICTURE_PIXELS } from '../../pipeline/model';
import { temporaryFolder } from '../support/temporary-folder';

/** A story of `count` one-sentence paragraphs; the synthetic planner makes one scene of each. */
export function storyOf(count: number): string {
  return Array.from({ length: count }, (_, index) => `Scene ${index + 1} has a fox in the forest.`).join('\n\n');
}

export async function queuedBook(request: BookRequestInput): Promise<{ folder: BookFolder; remove: () => Promise<void> }> {
  const temporary = await temporaryFolder('storyloom-make-book-');
  const folder = new BookFolder(temporary.dir);
  await folder.write(newManifest(newBookId(), request, new Date()));
  return { folder, remove: temporary.remove };
}

/** Synthetic providers that also remember which scene each picture and narration was for. */
export function countingProviders(options: SyntheticOptions & { cheapMedia?: boolean } = {}): ProviderSet & { pictures: number[]; narrations: string[]; inFlight: { now: number; highest: number } } {
  const base = syntheticProviders(options);
  const pictures: number[] = [];
  const narrations: string[] = [];
  const inFlight = { now: 0, highest: 0 };
  let cachedPicture: Uint8Array | undefined;
  return {
    ...base,
    pictures,
    narrations,
    inFlight,
    illustrator: {
      ...base.illustrator,
      async illustrate(input) {
        pictures.push(input.scene.index);
        inFlight.now++;
        inFlight.highest = Math.max(inFlight.highest, inFlight.now);
        try {
          if (!options.cheapMedia) return await base.illustrator.illustrate(input);
          // Timing tests measure the schedule, not PNG encoding on the main thread.
          await new Promise((resolve) => setTimeout(resolve, options.pictureDelayMs ?? 0));
          const pixels = PICTURE_PIXELS[input.size];
          cachedPicture ??= colourPicture(0, pixels);
          return { image: cachedPicture, mimeType: 'image/png', ...pixels, drawn: [], warnings: [] };
        } finally {
          inFlight.now--;
        }
      },
    },
    narrator: {
      ...base.narrator,
      async narrate(input) {
        narrations.push(input.text.trim());
        if (!options.cheapMedia) return base.narrator.narrate(input);
        // Real timings over silence: tone synthesis costs ~70 ms of main-thread CPU under Jest.
        await new Promise((resolve) => setTimeout(resolve, options.narrationDelayMs ?? 0));
        const timing = evenTimings(input.text, options.msPerWord ?? 250);
        const samples = new Int16Array(Math.round((SYNTHETIC_SAMPLE_RATE * timing.durationMs) / 1000));
        const audio = encodeWav({ sampleRate: SYNTHETIC_SAMPLE_RATE, channels: 1, samples });
        return { audio, mimeType: 'audio/wav', durationMs: (samples.length / SYNTHETIC_SAMPLE_RATE) * 1000, words: timing.words, sentences: timing.sentences, warnings: [] };
      },
    },
  };
}

/** A renderer that writes one small file, standing in for the real web renderer. */
export function fakeWebRenderer(calls: Manifest[] = []): Renderer {
  return {
    format: 'web',
    async render({ folder, manifest, onProgress }) {
      calls.push(manifest);
      onProgress?.(50);
      await folder.writeFile('web/index.html', `<h1>${manifest.title}</h1>`);
      return { files: ['web/index.html'], warnings: [] };
    },
  };
}

/** Every file the manifest names exists. */
export async function expectRecordedFilesExist(folder: BookFolder, manifest: Manifest): Promise<void> {
  const files = manifest.steps.scenes.flatMap((steps) => [steps.picture?.file, steps.narration?.file]).filter((file): file is string => Boolean(file));
  if (manifest.steps.story) files.push(manifest.steps.story.file);
  if (manifest.steps.narration) files.push(manifest.steps.narration.file);
  for (const record of Object.values(manifest.outputs)) files.push(...record!.files);
  for (const file of files) await expect(fs.access(folder.resolve(file))).resolves.toBeUndefined();
}

export function collect(events: ProgressEvent[]) {
  return (event: ProgressEvent) => events.push(event);
}
