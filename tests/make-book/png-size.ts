import { inflateSync } from 'node:zlib';

/**
 * Decodes a PNG far enough to prove it is whole: checks the signature, reads IHDR, inflates every
 * IDAT and checks the pixel data has exactly one filter byte plus one row of pixels per line.
 * Returns the size; throws on anything broken.
 */
export function decodePngSize(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes);
  if (buffer.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG (bad signature)');
  let offset = 8;
  let header: { width: number; height: number; bitDepth: number; colourType: number; interlace: number } | null = null;
  const data: Buffer[] = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.subarray(offset + 4, offset + 8).toString('ascii');
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), bitDepth: body[8], colourType: body[9], interlace: body[12] };
    if (type === 'IDAT') data.push(body);
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!header) throw new Error('PNG has no IHDR');
  if (header.interlace !== 0) throw new Error('interlaced PNGs are not checked');
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[header.colourType];
  const rowBytes = Math.ceil((header.width * channels * header.bitDepth) / 8);
  const pixels = inflateSync(Buffer.concat(data));
  if (pixels.length !== header.height * (rowBytes + 1)) throw new Error(`PNG pixel data is ${pixels.length} bytes, expected ${header.height * (rowBytes + 1)}`);
  return { width: header.width, height: header.height };
}
