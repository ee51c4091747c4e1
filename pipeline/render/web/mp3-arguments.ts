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
  return ['-y', '-i', input, ...mp3OutputOptions(encoder), output];
}

function mp3OutputOptions(encoder: string): string[] {
  return ['-vn', '-map_metadata', '-1', '-ac', '1', '-ar', '44100', '-codec:a', encoder, '-b:a', '64k', '-f', 'mp3'];
}

/**
 * One ffmpeg run that turns several narrations into MP3s, input n to output n, each as
 * mp3Arguments would: one process for many scenes (see encodeMp3s for why that matters).
 */
export function mp3BatchArguments(files: readonly { input: string; output: string }[], encoder: string): string[] {
  return [
    '-y',
    ...files.flatMap((file) => ['-i', file.input]),
    ...files.flatMap((file, index) => ['-map', `${index}:a:0`, ...mp3OutputOptions(encoder), file.output]),
  ];
}
