import { createWriteStream, promises as fs } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { EPUB_MIMETYPE } from './ocf-container';

export type ZipEntry = { path: string; content: string } | { path: string; file: string };

/**
 * Writes the OCF zip to `output`: `mimetype` first, stored (not compressed) and with no extra
 * field, as readers and EPUBCheck require; text compressed; pictures and MP3s stored, since they
 * are compressed already. Written beside `output` and renamed, so a failure leaves no half book.
 */
export async function writeEpubZip(output: string, entries: ZipEntry[], modified: Date): Promise<void> {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(EPUB_MIMETYPE, 'ascii'), 'mimetype', { compress: false, forceDosTimestamp: true, mtime: modified });
  for (const entry of entries) {
    if ('content' in entry) zip.addBuffer(Buffer.from(entry.content, 'utf8'), entry.path, { compress: true, mtime: modified });
    else zip.addFile(entry.file, entry.path, { compress: false, mtime: modified });
  }
  zip.end();
  const temporary = `${output}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await pipeline(zip.outputStream, createWriteStream(temporary));
    await fs.rename(temporary, output);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}
