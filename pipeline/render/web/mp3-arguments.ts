/** MP3 encoders in order of preference: LAME sounds better; shine is a fixed-point fallback. */
const MP3_ENCODERS = ['libmp3lame', 'libshine'];

export function chooseMp3Encoder(encoders: ReadonlySet<string>): string | null {
  return MP3_ENCODERS.find((encoder) => encoders.has(encoder)) ?? null;
}

/**
 * ffmpeg arguments that turn one narration (any format ffmpeg reads) into a mono MP3 for speech:
 * 44.1 kHz (MPEG-1, which every reader and browser plays) at 64 kbit/s, about a tenth of the WAV.
 */
export function mp3Arguments(input: string, output: string, encoder: string): string[] {
  return ['-y', '-i', input, '-vn', '-map_metadata', '-1', '-ac', '1', '-ar', '44100', '-codec:a', encoder, '-b:a', '64k', '-f', 'mp3', output];
}
