import { PICTURE_PIXELS, SETTINGS, type Scene } from '../pipeline/model';
import { BadInputError } from '../pipeline/errors';
import { CONTRACT_BIBLE, contractScene, illustratorContract } from '../pipeline/providers/contracts/illustrator-contract';
import { decodePng } from '../pipeline/providers/contracts/png-image';
import { EmbeddedIllustrator } from '../pipeline/providers/embedded/illustrator/embedded-illustrator';

illustratorContract({ name: 'EmbeddedIllustrator', create: () => new EmbeddedIllustrator({ poolSize: 2 }), dispose: (illustrator) => illustrator.close() });

describe('EmbeddedIllustrator through its worker pool', () => {
  let illustrator: EmbeddedIllustrator;
  beforeAll(() => {
    illustrator = new EmbeddedIllustrator({ poolSize: 2 });
  });
  afterAll(() => illustrator.close());

  const sceneIn = (setting: string, index: number): Scene => {
    const scene = contractScene(index);
    return { ...scene, description: { ...scene.description, setting } };
  };

  it('draws every setting as a PNG of the requested size, and says it drew the setting', async () => {
    const results = await Promise.all(SETTINGS.map((setting, index) => illustrator.illustrate({ scene: sceneIn(setting, index), bible: CONTRACT_BIBLE, style: 'flat', size: 'portrait', seed: 2 })));
    results.forEach((result, index) => {
      const decoded = decodePng(result.image);
      expect({ width: decoded.width, height: decoded.height }).toEqual(PICTURE_PIXELS.portrait);
      expect(result.drawn).toContain(`setting:${SETTINGS[index]}`);
    });
  });

  it('gives the same bytes for the same scene and seed, and a different picture for another seed', async () => {
    const input = { scene: contractScene(3), bible: CONTRACT_BIBLE, style: 'picture-book' as const, size: 'square' as const, seed: 11 };
    const [first, second, other] = await Promise.all([illustrator.illustrate(input), illustrator.illustrate(input), illustrator.illustrate({ ...input, seed: 12 })]);
    expect(Buffer.from(first.image).equals(Buffer.from(second.image))).toBe(true);
    expect(Buffer.from(first.image).equals(Buffer.from(other.image))).toBe(false);
  });

  it('shows the night: a night forest is far darker than a sunny castle', async () => {
    const night = await illustrator.illustrate({ scene: contractScene(0), bible: CONTRACT_BIBLE, style: 'picture-book', size: 'square', seed: 1 });
    const dayScene = contractScene(0);
    const day = await illustrator.illustrate({ scene: { ...dayScene, description: { ...dayScene.description, setting: 'castle', timeOfDay: 'day', characters: [] } }, bible: CONTRACT_BIBLE, style: 'picture-book', size: 'square', seed: 1 });
    expect(meanBrightness(decodePng(night.image))).toBeLessThan(meanBrightness(decodePng(day.image)) * 0.6);
  });

  it('refuses a style it does not know with the list of styles', async () => {
    const attempt = illustrator.illustrate({ scene: contractScene(), bible: CONTRACT_BIBLE, style: 'oil-paint' as never, size: 'square', seed: 1 });
    await expect(attempt).rejects.toBeInstanceOf(BadInputError);
    await expect(attempt).rejects.toThrow(/picture-book, flat, watercolour, silhouette/);
  });

  it('refuses a scene that does not match the scene schema', async () => {
    const broken = { ...contractScene(), description: { ...contractScene().description, timeOfDay: 'teatime' } } as unknown as Scene;
    await expect(illustrator.illustrate({ scene: broken, bible: CONTRACT_BIBLE, style: 'flat', size: 'square', seed: 1 })).rejects.toThrow(/scene to illustrate is not valid: description.timeOfDay/);
  });

  it('refuses work after close', async () => {
    const closed = new EmbeddedIllustrator({ poolSize: 1 });
    await closed.close();
    await expect(closed.illustrate({ scene: contractScene(), bible: CONTRACT_BIBLE, style: 'flat', size: 'square', seed: 1 })).rejects.toThrow(/could not draw scene 1: .*closed/);
  });
});

function meanBrightness(png: { pixels: Uint8Array; channels: number }): number {
  let sum = 0;
  for (let index = 0; index < png.pixels.length; index += png.channels) sum += (png.pixels[index] + png.pixels[index + 1] + png.pixels[index + 2]) / 3;
  return sum / (png.pixels.length / png.channels);
}
