import { trackLanguage } from './language-code';

/** Where the streams beside the video come from: ffmpeg input numbers. */
export interface SideInputs {
  narration: number;
  /** Absent when the book has no words to show. */
  subtitles?: number;
  chapters: number;
}

/**
 * The fast AAC coder costs a quarter of the default (twoloop) on speech, and speed hardly depends
 * on the bitrate, so 96 kb/s leaves room for stereo narrations.
 */
export const AUDIO_ARGUMENTS = ['-c:a', 'aac', '-aac_coder', 'fast', '-b:a', '96k'];

/** Input arguments for the narration, subtitles and chapters files, in the order `SideInputs` counts them. */
export function sideInputArguments(files: { narration: string; subtitles?: string; chapters: string }): string[] {
  return [
    '-i', files.narration,
    ...(files.subtitles ? ['-f', 'srt', '-i', files.subtitles] : []),
    '-f', 'ffmetadata', '-i', files.chapters,
  ];
}

/**
 * Everything after the video stream: AAC narration, the soft subtitle track (mov_text), the
 * chapters and title from the ffmetadata input, track languages, and the index moved to the
 * front (faststart) so the video starts playing before it has fully downloaded.
 */
export function sideOutputArguments(inputs: SideInputs, language: string): string[] {
  const code = trackLanguage(language);
  return [
    '-map', `${inputs.narration}:a:0`,
    ...AUDIO_ARGUMENTS,
    '-metadata:s:a:0', `language=${code}`,
    ...(inputs.subtitles === undefined
      ? []
      : ['-map', `${inputs.subtitles}:s:0`, '-c:s', 'mov_text', '-metadata:s:s:0', `language=${code}`]),
    '-map_metadata', String(inputs.chapters),
    '-map_chapters', String(inputs.chapters),
    '-movflags', '+faststart',
  ];
}
