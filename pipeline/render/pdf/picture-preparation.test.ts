import { Resvg } from '@resvg/resvg-js';
import { encodeRgbPng } from './png-encode';
import { readPngHeader } from './png-flatten';
import { preparePicture } from './picture-preparation';

/** Decodes any PNG back to RGBA pixels through resvg, to check what a prepared picture shows. */
function pixelsOf(png: Uint8Array, width: number, height: number): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}
const pixelAt = (pixels: Uint8Array, width: number, x: number, y: number) => Array.from(pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + 3));

describe('preparePicture', () => {
  it('flattens transparency onto the background as an opaque RGB PNG', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="20" height="20" fill="#ff0000" fill-opacity="0.5"/><rect x="20" width="20" height="20" fill="#00ff00"/></svg>`;
    const transparent = new Resvg(svg).render().asPng();
    expect(readPngHeader(transparent)?.colourType).toBe(6);
    const prepared = await preparePicture(transparent, { width: 40, height: 20 }, [0, 0, 255]);
    expect(readPngHeader(prepared)).toMatchObject({ width: 40, height: 20, colourType: 2, bitDepth: 8, hasTransparencyChunk: false });
    const pixels = pixelsOf(prepared, 40, 20);
    const halfRed = pixelAt(pixels, 40, 5, 5);
    expect(halfRed[0]).toBeGreaterThanOrEqual(126);
    expect(halfRed[0]).toBeLessThanOrEqual(129);
    expect(halfRed[1]).toBe(0);
    expect(halfRed[2]).toBeGreaterThanOrEqual(126);
    expect(pixelAt(pixels, 40, 30, 10)).toEqual([0, 255, 0]);
  });

  it('passes JPEGs and opaque PNGs through untouched', async () => {
    const opaque = await encodeRgbPng(2, 2, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(pixelAt(pixelsOf(opaque, 2, 2), 2, 1, 1)).toEqual([10, 11, 12]);
    expect(await preparePicture(opaque, { width: 2, height: 2 }, [0, 0, 0])).toEqual(opaque);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    expect(await preparePicture(jpeg, { width: 1, height: 1 }, [0, 0, 0])).toEqual(jpeg);
  });

  it('says plainly when the bytes are not a picture it can use', async () => {
    await expect(preparePicture(Buffer.from('<html>not a picture</html>'), { width: 1, height: 1 }, [0, 0, 0])).rejects.toThrow('it is not a PNG, JPEG or GIF picture');
    const webp = Buffer.from('RIFF\0\0\0\0WEBPVP8 ');
    await expect(preparePicture(webp, { width: 1, height: 1 }, [0, 0, 0])).rejects.toThrow('WebP');
  });
});
