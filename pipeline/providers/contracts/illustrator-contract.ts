import { CancelledError } from '../../errors';
import { PICTURE_PIXELS, PICTURE_SIZES, type PictureSize, type Scene, type StoryBible } from '../../model';
import type { Illustrator } from '../illustrator';
import { decodePng } from './png-image';

/**
 * The behaviour every Illustrator must show, as Jest tests: call it from a test file with a factory
 * and every implementation (embedded, OpenAI against its fake server, Azure) runs the same suite.
 *
 *   illustratorContract({ name: 'EmbeddedIllustrator', create: () => new EmbeddedIllustrator(), dispose: (it) => it.close() });
 */
export interface IllustratorContractOptions<Subject extends Illustrator> {
  name: string;
  create: () => Subject | Promise<Subject>;
  dispose?: (illustrator: Subject) => Promise<void> | void;
  /** Sizes to check; all of them by default. */
  sizes?: readonly PictureSize[];
}

export const CONTRACT_BIBLE: StoryBible = {
  characters: [
    { id: 'little-red-cap', name: 'Little Red Cap', kind: 'girl', aliases: ['Red Cap'], look: { palette: ['#d62e3a', '#3b82c4'], clothing: 'a red cape', item: 'red-cap', summary: 'a small girl in a red cap' } },
    { id: 'wolf', name: 'the wolf', kind: 'wolf', aliases: [], look: { palette: ['#6b6b75'], clothing: '', item: null, summary: 'a big grey wolf' } },
  ],
};

export function contractScene(index = 0): Scene {
  const text = 'In the forest, the wolf met Little Red Cap and her basket.';
  return {
    index,
    text,
    start: 0,
    end: text.length,
    description: { setting: 'forest', timeOfDay: 'night', weather: 'clear', season: null, characters: ['little-red-cap', 'wolf'], objects: ['basket'], mood: 'mysterious', action: text },
    imagePrompt: 'Little Red Cap meets the wolf in a forest at night',
  };
}

/** What a promise was rejected with, or a marker if it was not. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => new Error('expected the call to be refused, but it succeeded'), (error: unknown) => error);
}

export function illustratorContract<Subject extends Illustrator>(options: IllustratorContractOptions<Subject>): void {
  describe(`${options.name} keeps the Illustrator contract`, () => {
    let illustrator: Subject;
    beforeAll(async () => {
      illustrator = await options.create();
    });
    afterAll(async () => {
      if (illustrator) await options.dispose?.(illustrator);
    });

    it('names its provider and model', () => {
      expect(illustrator.provider).toMatch(/\S/);
      expect(illustrator.model).toMatch(/\S/);
    });

    it.each([...(options.sizes ?? PICTURE_SIZES)])('returns a PNG that decodes at the %s size', async (size) => {
      const result = await illustrator.illustrate({ scene: contractScene(), bible: CONTRACT_BIBLE, style: 'picture-book', size, seed: 7 });
      const expected = PICTURE_PIXELS[size];
      expect(result.mimeType).toBe('image/png');
      expect({ width: result.width, height: result.height }).toEqual(expected);
      const decoded = decodePng(result.image);
      expect({ width: decoded.width, height: decoded.height }).toEqual(expected);
    });

    it('reports warnings as a list of strings and what it drew as a list of strings', async () => {
      const result = await illustrator.illustrate({ scene: contractScene(1), bible: CONTRACT_BIBLE, style: 'flat', size: 'square', seed: 3 });
      expect(Array.isArray(result.warnings)).toBe(true);
      expect(result.warnings.every((warning) => typeof warning === 'string' && warning.length > 0)).toBe(true);
      expect(Array.isArray(result.drawn)).toBe(true);
      expect(result.drawn.every((part) => typeof part === 'string' && /^[a-z]+:.+/.test(part))).toBe(true);
    });

    it('refuses at once when the signal has already fired', async () => {
      const controller = new AbortController();
      controller.abort();
      const attempt = illustrator.illustrate({ scene: contractScene(), bible: CONTRACT_BIBLE, style: 'picture-book', size: 'square', seed: 1, signal: controller.signal });
      expect(CancelledError.isInstance(await failure(attempt))).toBe(true);
    });

    it('stops when the signal fires while it works', async () => {
      const controller = new AbortController();
      const attempt = illustrator.illustrate({ scene: contractScene(2), bible: CONTRACT_BIBLE, style: 'watercolour', size: 'landscape', seed: 5, signal: controller.signal });
      setTimeout(() => controller.abort(), 1);
      expect(CancelledError.isInstance(await failure(attempt))).toBe(true);
    });
  });
}
