import { promises as fs } from 'node:fs';
import { RenderError } from '../../errors';
import { findFfmpeg } from '../video/find-ffmpeg';
import { runFfmpeg } from '../video/run-ffmpeg';
import { chooseMp3Encoder, mp3Arguments, mp3BatchArguments } from './mp3-arguments';

/** The MP3 encoder of the ffmpeg in use, or a RenderError (for `format`) saying why there is none. */
export async function findMp3Encoder(format: string): Promise<string> {
  const ffmpeg = await findFfmpeg().catch((error: unknown) => {
    throw new RenderError(format, (error as Error).message, { cause: error });
  });
  const encoder = chooseMp3Encoder(ffmpeg.encoders);
  if (!encoder) throw new RenderError(format, `the ffmpeg at ${ffmpeg.path} has no MP3 encoder (libmp3lame or libshine)`);
  return encoder;
}

/**
 * Encodes `input` to an MP3 at `output` (absolute paths) through the shared ffmpeg runner,
 * writing beside the target first so a cancelled run never leaves half a file under its name.
 */
export async function encodeMp3(input: string, output: string, options: { encoder: string; format: string; signal?: AbortSignal }): Promise<void> {
  const temporary = `${output}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp.mp3`;
  try {
    await runFfmpeg(mp3Arguments(input, temporary, options.encoder), { signal: options.signal, format: options.format });
    await fs.rename(temporary, output);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

/** Narrations per ffmpeg run: few processes, and not hundreds of files open at once. */
export const MP3_BATCH_SIZE = 16;

/**
 * Encodes several narrations as encodeMp3 does, up to MP3_BATCH_SIZE in one ffmpeg run. Starting
 * a process stalls the event loop while the kernel copies the parent's page tables (tens of
 * milliseconds for a server holding hundreds of megabytes), so one process per scene held up
 * live progress: with eight books at once the p95 delay of socket.io events was over 100 ms
 * (npm run bench), and about 20 ms with batches.
 */
export async function encodeMp3s(files: readonly { input: string; output: string }[], options: { encoder: string; format: string; signal?: AbortSignal; onEncoded?: (count: number) => void }): Promise<void> {
  for (let first = 0; first < files.length; first += MP3_BATCH_SIZE) {
    const batch = files.slice(first, first + MP3_BATCH_SIZE).map((file) => ({ ...file, temporary: `${file.output}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp.mp3` }));
    try {
      await runFfmpeg(mp3BatchArguments(batch.map((file) => ({ input: file.input, output: file.temporary })), options.encoder), { signal: options.signal, format: options.format });
      for (const file of batch) await fs.rename(file.temporary, file.output);
    } finally {
      await Promise.all(batch.map((file) => fs.rm(file.temporary, { force: true })));
    }
    options.onEncoded?.(first + batch.length);
  }
}
