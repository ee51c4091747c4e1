import { promises as fs } from 'node:fs';
import type { BookFolder } from '../book-folder';
import { decodeWav, type PcmAudio } from '../audio/wav';
import { BadInputError, CancelledError } from '../errors';
import { conformPcm } from '../make-book/narration-clips';
import { extensionForAudio, RECORDING_TYPES, sniffRecording } from '../media/audio-types';
import { NARRATION_FORMAT } from '../media/convert-arguments';
import { convertToWav } from '../media/convert-media';

/**
 * The uploaded recording as PCM in the narration format (24 kHz mono). A 16-bit WAV is read
 * directly; MP3, M4A, Ogg and WebM go through ffmpeg (the one runner the video renderer uses).
 */
export async function recordingAudio(folder: BookFolder, file: string, mimeType: string, signal?: AbortSignal): Promise<PcmAudio> {
  const bytes = new Uint8Array(await fs.readFile(folder.resolve(file)));
  const kind = sniffRecording(bytes);
  if (kind === 'wav') {
    try {
      return conformPcm(decodeWav(bytes), NARRATION_FORMAT);
    } catch {
      // Not 16-bit PCM (float or compressed WAV): let ffmpeg read it.
    }
  }
  try {
    const wav = await convertToWav(bytes, kind ? RECORDING_TYPES[kind].extension : extensionForAudio(mimeType), NARRATION_FORMAT, signal);
    return decodeWav(wav);
  } catch (error) {
    if (CancelledError.isInstance(error)) throw error;
    throw new BadInputError(`the recording ${file} could not be read as audio: ${(error as Error).message}`);
  }
}

/** Samples from `startMs` to `endMs`, as a clip of its own. */
export function slicePcm(audio: PcmAudio, startMs: number, endMs: number): PcmAudio {
  const frame = (milliseconds: number) => Math.round((milliseconds * audio.sampleRate) / 1000) * audio.channels;
  return { ...audio, samples: audio.samples.slice(frame(startMs), Math.max(frame(startMs), frame(endMs))) };
}
