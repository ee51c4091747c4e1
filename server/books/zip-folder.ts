import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { ZipFile } from 'yazl';

/** Every regular file under `dir`, as paths relative to it with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Streams a zip of `dir` into `output`, each entry under `prefix/`. yazl reads each file as it
 * goes, so a book with a long video never sits in memory whole.
 */
export async function zipFolder(dir: string, prefix: string, output: Writable): Promise<void> {
  const files = await listFiles(dir);
  const zip = new ZipFile();
  for (const file of files) {
    // Pictures and audio are already compressed; storing them saves time for nothing lost.
    const compress = !/\.(png|jpe?g|webp|mp3|mp4|m4a|ogg|wav)$/i.test(file);
    zip.addFile(path.join(dir, file), `${prefix}/${file}`, { compress });
  }
  zip.end();
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.on('error', reject);
    output.on('error', reject);
    output.on('finish', resolve);
    output.on('close', resolve);
    zip.outputStream.pipe(output);
  });
}
