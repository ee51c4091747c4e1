import { crc32, inflateSync } from 'node:zlib';

/**
 * A small PNG decoder for tests: checks the signature and every chunk's CRC, inflates the image
 * data and undoes the row filters, so a picture that "decodes" really has every pixel.
 * Handles 8-bit, non-interlaced images of every colour type, which is what illustrators return.
 */
export interface DecodedPng {
  width: number;
  height: number;
  /** Samples per pixel: 1 grey, 2 grey+alpha, 3 RGB, 4 RGBA (palette images give 1, the index). */
  channels: number;
  pixels: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function decodePng(bytes: Uint8Array): DecodedPng {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length < 8 || SIGNATURE.some((byte, index) => data[index] !== byte)) throw new Error('not a PNG: the signature is missing');
  let offset = 8;
  let header: { width: number; height: number; bitDepth: number; colourType: number; interlace: number } | undefined;
  const compressed: Buffer[] = [];
  while (offset + 8 <= data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (body.length !== length || offset + 12 + length > data.length) throw new Error(`PNG chunk ${type} is cut short`);
    if (crc32(data.subarray(offset + 4, offset + 8 + length)) !== data.readUInt32BE(offset + 8 + length)) throw new Error(`PNG chunk ${type} fails its CRC check`);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), bitDepth: body[8], colourType: body[9], interlace: body[12] };
    if (type === 'IDAT') compressed.push(body);
    offset += 12 + length;
    if (type === 'IEND') break;
  }
  if (!header) throw new Error('PNG has no IHDR chunk');
  const channels = CHANNELS[header.colourType];
  if (header.bitDepth !== 8 || header.interlace !== 0 || !channels) throw new Error(`PNG kind not supported by this decoder (depth ${header.bitDepth}, colour type ${header.colourType}, interlace ${header.interlace})`);
  const raw = inflateSync(Buffer.concat(compressed));
  const stride = header.width * channels;
  if (raw.length !== header.height * (stride + 1)) throw new Error(`PNG data holds ${raw.length} bytes, expected ${header.height * (stride + 1)}`);
  const pixels = new Uint8Array(header.height * stride);
  for (let row = 0; row < header.height; row++) {
    const filter = raw[row * (stride + 1)];
    const source = raw.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1));
    const target = row * stride;
    for (let column = 0; column < stride; column++) {
      const left = column >= channels ? pixels[target + column - channels] : 0;
      const up = row > 0 ? pixels[target - stride + column] : 0;
      const upLeft = row > 0 && column >= channels ? pixels[target - stride + column - channels] : 0;
      pixels[target + column] = (source[column] + predictor(filter, left, up, upLeft)) & 255;
    }
  }
  return { width: header.width, height: header.height, channels, pixels };
}

function predictor(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0: return 0;
    case 1: return left;
    case 2: return up;
    case 3: return (left + up) >> 1;
    case 4: {
      const estimate = left + up - upLeft;
      const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
      return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
    default: throw new Error(`PNG row filter ${filter} is not valid`);
  }
}
