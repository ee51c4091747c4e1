import { promisify } from 'node:util';
import zlib from 'node:zlib';

const deflate = promisify(zlib.deflate);

/**
 * An opaque 8-bit RGB PNG from raw pixels. Rows use the "Up" filter (cheap, and drawings with
 * flat colour shrink well with it); compression runs off the event loop, on libuv's thread pool.
 */
export async function encodeRgbPng(width: number, height: number, rgb: Uint8Array): Promise<Buffer> {
  const stride = width * 3;
  const filtered = Buffer.alloc(height * (stride + 1));
  for (let row = 0; row < height; row++) {
    const start = row * (stride + 1);
    const line = row * stride;
    filtered[start] = 2;
    if (row === 0) {
      filtered.set(rgb.subarray(0, stride), start + 1);
      continue;
    }
    for (let index = 0; index < stride; index++) filtered[start + 1 + index] = (rgb[line + index] - rgb[line - stride + index]) & 0xff;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', await deflate(filtered, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typeAndBody = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndBody) >>> 0);
  return Buffer.concat([length, typeAndBody, crc]);
}
