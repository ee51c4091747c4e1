import { renderAsync } from '@resvg/resvg-js';
import { convertToPng } from './convert-media';

export type PictureKind = 'png' | 'jpeg' | 'webp';

/** A picture's format from its first bytes; null for anything else. */
export function sniffPicture(bytes: Uint8Array): PictureKind | null {
  const ascii = (from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));
  if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(1, 3) === 'PNG') return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') return 'webp';
  return null;
}

/**
 * An SVG that covers the target size with the picture, centred and cropped like CSS
 * `object-fit: cover`, so a 3:2 model picture fills a 16:9 page without bars or stretching. Pure.
 */
export function coverSvg(image: Uint8Array, kind: 'png' | 'jpeg', target: { width: number; height: number }): string {
  const data = Buffer.from(image.buffer, image.byteOffset, image.byteLength).toString('base64');
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${target.width}" height="${target.height}">`
    + `<image width="${target.width}" height="${target.height}" preserveAspectRatio="xMidYMid slice" xlink:href="data:image/${kind};base64,${data}"/></svg>`;
}

/**
 * The picture as a PNG of exactly the target size. resvg draws PNG and JPEG (off the event loop,
 * in libuv's pool); WebP goes through ffmpeg first.
 */
export async function fitPicture(image: Uint8Array, target: { width: number; height: number }, signal?: AbortSignal): Promise<Uint8Array> {
  let kind = sniffPicture(image);
  let source = image;
  if (kind !== 'png' && kind !== 'jpeg') {
    source = await convertToPng(image, signal);
    kind = 'png';
  }
  const rendered = await renderAsync(coverSvg(source, kind, target));
  return new Uint8Array(rendered.asPng());
}
