import { inflateRawSync } from 'node:zlib';

export interface ZipEntryRecord {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Length of the extra field in the entry's local header. */
  localExtraLength: number;
  data: Buffer;
}

/**
 * Reads a whole (non-zip64) zip archive into its entries, in the order they sit in the file, with
 * the header details EPUB cares about. Small on purpose: enough to check books the tests make.
 */
export function readZip(archive: Buffer): ZipEntryRecord[] {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = archive.readUInt16LE(end + 10);
  let offset = archive.readUInt32LE(end + 16);
  const entries: (ZipEntryRecord & { at: number })[] = [];
  for (let index = 0; index < count; index++) {
    if (archive.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry ${index}`);
    const method = archive.readUInt16LE(offset + 10);
    const compressedSize = archive.readUInt32LE(offset + 20);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const local = archive.readUInt32LE(offset + 42);
    const name = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
    const localNameLength = archive.readUInt16LE(local + 26);
    const localExtraLength = archive.readUInt16LE(local + 28);
    const start = local + 30 + localNameLength + localExtraLength;
    const raw = archive.subarray(start, start + compressedSize);
    entries.push({ name, method, localExtraLength, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw), at: local });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries.sort((a, b) => a.at - b.at).map(({ at: _at, ...entry }) => entry);
}
