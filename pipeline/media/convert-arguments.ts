/**
 * ffmpeg argument lists for the conversions cloud providers and recordings need. Pure, so the
 * exact commands are tested without running ffmpeg; run through the one ffmpeg runner.
 */

/** Any audio ffmpeg can read → 16-bit PCM WAV at the given rate and channel count. */
export function toWavArguments(input: string, output: string, format: { sampleRate: number; channels: number }): string[] {
  return ['-y', '-i', input, '-vn', '-map', '0:a:0', '-ac', String(format.channels), '-ar', String(format.sampleRate), '-c:a', 'pcm_s16le', '-f', 'wav', output];
}

/** Any still picture ffmpeg can read (JPEG, WebP, …) → PNG. */
export function toPngArguments(input: string, output: string): string[] {
  return ['-y', '-i', input, '-frames:v', '1', '-f', 'image2', '-c:v', 'png', output];
}

/** The Azure recogniser wants 16 kHz mono; so does Whisper, which otherwise resamples itself. */
export const RECOGNITION_FORMAT = { sampleRate: 16_000, channels: 1 } as const;

/** Recordings become the book's narration: 24 kHz mono keeps a voice clear and the files small. */
export const NARRATION_FORMAT = { sampleRate: 24_000, channels: 1 } as const;
