import { promises as fs } from 'node:fs';
import type { BookFolder } from '../book-folder';
import { conformPcm, decodeNarrationClip, pcmBytes, wavHeader } from './narration-clips';

export interface JoinedNarrationFile {
  durationMs: number;
  sceneOffsetsMs: number[];
}

/**
 * Writes every scene's narration, in order, into one WAV in the book folder. Clips are read and
 * appended one at a time, so a 200-scene book never holds its whole narration in memory.
 * Offsets come from sample counts, so they add up exactly to the file's length.
 */
export async function joinNarrationFile(
  folder: BookFolder,
  clips: { file: string; mimeType: string }[],
  target: string,
): Promise<JoinedNarrationFile> {
  const finalPath = folder.resolve(target);
  const temporary = `${finalPath}.${process.pid}.joining.tmp`;
  const handle = await fs.open(temporary, 'w');
  let format: { sampleRate: number; channels: number } | null = null;
  let sampleCount = 0;
  const sceneOffsetsMs: number[] = [];
  try {
    await handle.write(new Uint8Array(44), 0, 44, 0);
    for (const clip of clips) {
      const decoded = decodeNarrationClip(await fs.readFile(folder.resolve(clip.file)), clip.mimeType, clip.file);
      format ??= { sampleRate: decoded.sampleRate, channels: decoded.channels };
      const audio = conformPcm(decoded, format);
      sceneOffsetsMs.push((sampleCount / format.channels / format.sampleRate) * 1000);
      const bytes = pcmBytes(audio);
      await handle.write(bytes, 0, bytes.length, 44 + sampleCount * 2);
      sampleCount += audio.samples.length;
    }
    if (!format) throw new Error('there is no narration to join');
    await handle.write(wavHeader(format, sampleCount), 0, 44, 0);
  } catch (error) {
    await handle.close();
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await fs.rename(temporary, finalPath);
  return { durationMs: (sampleCount / format.channels / format.sampleRate) * 1000, sceneOffsetsMs };
}
