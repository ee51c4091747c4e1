import { promises as fs } from 'node:fs';
import { RenderError } from '../../errors';
import { findFfmpeg } from '../video/find-ffmpeg';
import { runFfmpeg } from '../video/run-ffmpeg';
import { chooseMp3Encoder, mp3Arguments } from './mp3-arguments';

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
