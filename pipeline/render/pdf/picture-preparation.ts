import { Resvg } from '@resvg/resvg-js';
import { encodeRgbPng } from './png-encode';
import { canFlatten, flattenPng, isJpeg, isPng, readPngHeader } from './png-flatten';

export type Rgb = [number, number, number];

/**
 * Turns a scene picture into something pdfkit embeds quickly and synchronously: JPEGs and opaque
 * 8-bit PNGs as they are; PNGs with transparency flattened onto the page colour; anything else
 * (GIF, 16-bit or interlaced PNGs) rasterised through resvg. Throws a plain Error saying what is wrong.
 */
export async function preparePicture(data: Uint8Array, size: { width: number; height: number }, background: Rgb): Promise<Buffer> {
  if (isJpeg(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const header = readPngHeader(data);
  if (header) {
    const opaqueAsIs = header.bitDepth === 8 && !header.interlaced && !header.hasTransparencyChunk && [0, 2, 3].includes(header.colourType);
    if (opaqueAsIs) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (canFlatten(header)) {
      const flat = flattenPng(data, background);
      return encodeRgbPng(flat.width, flat.height, flat.rgb);
    }
  }
  // resvg draws a WebP as nothing at all, so refuse it rather than print a blank picture.
  if (isWebp(data)) throw new Error('WebP pictures are not supported in the PDF; use PNG or JPEG');
  const mimeType = isPng(data) ? 'image/png' : isGif(data) ? 'image/gif' : null;
  if (!mimeType) throw new Error('it is not a PNG, JPEG or GIF picture');
  return rasterise(data, mimeType, header ?? size, background);
}

function isGif(data: Uint8Array): boolean {
  return data.length > 6 && String.fromCharCode(...data.subarray(0, 4)) === 'GIF8';
}

function isWebp(data: Uint8Array): boolean {
  return data.length > 12 && String.fromCharCode(...data.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...data.subarray(8, 12)) === 'WEBP';
}

async function rasterise(data: Uint8Array, mimeType: string, size: { width: number; height: number }, background: Rgb): Promise<Buffer> {
  const { width, height } = size;
  const colour = `rgb(${background.join(',')})`;
  const base64 = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${colour}"/><image width="${width}" height="${height}" preserveAspectRatio="none" href="data:${mimeType};base64,${base64}"/></svg>`;
  const rendered = new Resvg(svg).render();
  const rgba = rendered.pixels;
  const rgb = new Uint8Array(rendered.width * rendered.height * 3);
  for (let source = 0, target = 0; source < rgba.length; source += 4) {
    rgb[target++] = rgba[source];
    rgb[target++] = rgba[source + 1];
    rgb[target++] = rgba[source + 2];
  }
  return encodeRgbPng(rendered.width, rendered.height, rgb);
}
