import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { fitPicture, sniffPicture } from '../../pipeline/media/fit-picture';
import { decodePng } from '../../pipeline/providers/contracts/png-image';
import { temporaryFolder } from '../support/temporary-folder';

/** Left half red, right half blue, a green stripe down the middle. */
function halves(width: number, height: number): Uint8Array {
  return new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="50%" height="100%" fill="#ff0000"/><rect x="50%" width="50%" height="100%" fill="#0000ff"/><rect x="${width / 2 - 4}" width="8" height="100%" fill="#00ff00"/></svg>`).render().asPng();
}

function pixel(png: Uint8Array, x: number, y: number): number[] {
  const decoded = decodePng(png);
  const at = (y * decoded.width + x) * decoded.channels;
  return [...decoded.pixels.subarray(at, at + 3)];
}

describe('fitting a model’s picture to the book’s size', () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>;
  beforeAll(async () => {
    folder = await temporaryFolder();
  });
  afterAll(() => folder.remove());

  it('covers the target like object-fit: cover, cropping the sides, never stretching', async () => {
    const fitted = await fitPicture(halves(1536, 1024), { width: 1024, height: 1024 });
    const decoded = decodePng(fitted);
    expect([decoded.width, decoded.height]).toEqual([1024, 1024]);
    expect(pixel(fitted, 2, 500)).toEqual([255, 0, 0]);
    expect(pixel(fitted, 1021, 500)).toEqual([0, 0, 255]);
    expect(pixel(fitted, 512, 500)).toEqual([0, 255, 0]);
  });

  it('reads JPEG and WebP too and answers with PNG', async () => {
    const source = path.join(folder.dir, 'halves.png');
    await fs.writeFile(source, halves(800, 600));
    for (const extension of ['jpg', 'webp']) {
      const target = path.join(folder.dir, `halves.${extension}`);
      execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', source, target]);
      const bytes = new Uint8Array(await fs.readFile(target));
      expect(sniffPicture(bytes)).toBe(extension === 'jpg' ? 'jpeg' : 'webp');
      const fitted = await fitPicture(bytes, { width: 1280, height: 720 });
      expect(sniffPicture(fitted)).toBe('png');
      const decoded = decodePng(fitted);
      expect([decoded.width, decoded.height]).toEqual([1280, 720]);
      const [red, , blue] = pixel(fitted, 100, 360);
      expect(red).toBeGreaterThan(200);
      expect(blue).toBeLessThan(60);
    }
  });
});
