import zlib from 'node:zlib';

/**
 * Flattening pictures with transparency onto the page colour. pdfkit decodes such PNGs itself, in
 * slow JavaScript and asynchronously, which for a 200-page book means many seconds and hundreds of
 * megabytes in flight; an opaque RGB PNG it copies straight into the PDF. So we do the alpha here.
 */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA. */
  colourType: number;
  interlaced: boolean;
  /** A tRNS chunk: transparency without an alpha channel. */
  hasTransparencyChunk: boolean;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(data: Uint8Array): boolean {
  return data.length > 8 && PNG_SIGNATURE.every((byte, index) => data[index] === byte);
}

export function isJpeg(data: Uint8Array): boolean {
  return data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
}

function* chunks(data: Uint8Array): Generator<{ type: string; body: Uint8Array }> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 8;
  while (offset + 8 <= data.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...data.subarray(offset + 4, offset + 8));
    if (offset + 12 + length > data.length) throw new Error('the PNG file is cut short');
    yield { type, body: data.subarray(offset + 8, offset + 8 + length) };
    if (type === 'IEND') return;
    offset += 12 + length;
  }
}

export function readPngHeader(data: Uint8Array): PngHeader | null {
  if (!isPng(data)) return null;
  let header: PngHeader | null = null;
  for (const { type, body } of chunks(data)) {
    if (type === 'IHDR') {
      const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
      header = { width: view.getUint32(0), height: view.getUint32(4), bitDepth: body[8], colourType: body[9], interlaced: body[12] === 1, hasTransparencyChunk: false };
    } else if (type === 'tRNS' && header) {
      header.hasTransparencyChunk = true;
    } else if (type === 'IDAT') {
      break; // tRNS always comes before the image data
    }
  }
  return header;
}

/** Whether flattenPng handles this PNG: 8-bit grey+alpha or RGBA, not interlaced. */
export function canFlatten(header: PngHeader): boolean {
  return header.bitDepth === 8 && (header.colourType === 4 || header.colourType === 6) && !header.interlaced;
}

/** Decodes an 8-bit grey+alpha or RGBA PNG and composites it onto `background`: RGB bytes, row by row. */
export function flattenPng(data: Uint8Array, background: [number, number, number]): { width: number; height: number; rgb: Uint8Array } {
  const header = readPngHeader(data);
  if (!header || !canFlatten(header)) throw new Error('only 8-bit RGBA or grey+alpha PNGs can be flattened');
  const parts: Uint8Array[] = [];
  for (const { type, body } of chunks(data)) if (type === 'IDAT') parts.push(body);
  const filtered = zlib.inflateSync(Buffer.concat(parts));
  const { width, height, colourType } = header;
  const channels = colourType === 6 ? 4 : 2;
  const stride = width * channels;
  if (filtered.length < height * (stride + 1)) throw new Error('the PNG image data is shorter than its size says');
  const rgb = new Uint8Array(width * height * 3);
  let previous = new Uint8Array(stride);
  let current = new Uint8Array(stride);
  const [red, green, blue] = background;
  for (let row = 0; row < height; row++) {
    const start = row * (stride + 1);
    unfilterRow(filtered[start], filtered.subarray(start + 1, start + 1 + stride), previous, current, channels);
    let out = row * width * 3;
    for (let pixel = 0; pixel < stride; pixel += channels) {
      const alpha = current[pixel + channels - 1];
      const r = current[pixel];
      const g = channels === 4 ? current[pixel + 1] : r;
      const b = channels === 4 ? current[pixel + 2] : r;
      if (alpha === 255) {
        rgb[out] = r;
        rgb[out + 1] = g;
        rgb[out + 2] = b;
      } else {
        const rest = 255 - alpha;
        rgb[out] = ((r * alpha + red * rest + 127) / 255) | 0;
        rgb[out + 1] = ((g * alpha + green * rest + 127) / 255) | 0;
        rgb[out + 2] = ((b * alpha + blue * rest + 127) / 255) | 0;
      }
      out += 3;
    }
    [previous, current] = [current, previous];
  }
  return { width, height, rgb };
}

/** Undoes one row's PNG filter; one loop per filter type, since this runs for every byte. */
function unfilterRow(filter: number, source: Uint8Array, previous: Uint8Array, target: Uint8Array, bytesPerPixel: number): void {
  const length = source.length;
  switch (filter) {
    case 0:
      target.set(source);
      return;
    case 1:
      for (let index = 0; index < length; index++) target[index] = (source[index] + (index >= bytesPerPixel ? target[index - bytesPerPixel] : 0)) & 0xff;
      return;
    case 2:
      for (let index = 0; index < length; index++) target[index] = (source[index] + previous[index]) & 0xff;
      return;
    case 3:
      for (let index = 0; index < length; index++) target[index] = (source[index] + (((index >= bytesPerPixel ? target[index - bytesPerPixel] : 0) + previous[index]) >> 1)) & 0xff;
      return;
    case 4:
      for (let index = 0; index < length; index++) {
        const left = index >= bytesPerPixel ? target[index - bytesPerPixel] : 0;
        const upLeft = index >= bytesPerPixel ? previous[index - bytesPerPixel] : 0;
        target[index] = (source[index] + paeth(left, previous[index], upLeft)) & 0xff;
      }
      return;
    default:
      throw new Error(`the PNG uses an unknown row filter (${filter})`);
  }
}

export function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}
