import type { SubtitleCue } from './subtitle-cues';

/** "HH:MM:SS" plus the millisecond part after `separator` (SRT uses a comma, WebVTT a dot). */
export function formatTimestamp(milliseconds: number, separator: ',' | '.'): string {
  const total = Math.max(0, Math.round(milliseconds));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${separator}${pad(total % 1000, 3)}`;
}

/** SubRip: numbered cues separated by blank lines. Players read < and > as tags, so they become ‹ ›. */
export function buildSrt(cues: SubtitleCue[]): string {
  return cues
    .map((cue, index) => {
      const lines = cue.lines.map((line) => line.replace(/</g, '‹').replace(/>/g, '›'));
      return `${index + 1}\n${formatTimestamp(cue.startMs, ',')} --> ${formatTimestamp(cue.endMs, ',')}\n${lines.join('\n')}\n`;
    })
    .join('\n');
}

/** WebVTT: text is markup there, so & < > are written as entities. */
export function buildVtt(cues: SubtitleCue[]): string {
  const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = cues.map((cue, index) => `${index + 1}\n${formatTimestamp(cue.startMs, '.')} --> ${formatTimestamp(cue.endMs, '.')}\n${cue.lines.map(escape).join('\n')}\n`);
  return ['WEBVTT\n', ...body].join('\n');
}
