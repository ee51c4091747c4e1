import type { StorybookWord } from '../../../web/player/storybook-data';

/** One word's stretch of the page's audio, in whole milliseconds. */
export interface OverlayClip {
  /** The word's index in the page's word list (its element id is built from it). */
  word: number;
  beginMs: number;
  endMs: number;
}

/**
 * The audio clip of each word, for one `par` each. A clip runs from the word's start to the next
 * word's start (so a reader plays the narration without holes) and the last one to the word's
 * end. Timings from a transcriber can overlap or repeat, so each clip starts no earlier than the
 * previous one ended and lasts at least 1 ms: clips are in document order and never reversed.
 */
export function overlayClips(words: readonly { index: number; word: StorybookWord }[]): OverlayClip[] {
  const clips: OverlayClip[] = [];
  let previousEnd = 0;
  words.forEach(({ index, word }, position) => {
    const beginMs = Math.max(Math.round(word.startMs), previousEnd);
    const next = words[position + 1]?.word;
    const naturalEnd = next ? Math.round(next.startMs) : Math.round(word.endMs);
    const endMs = Math.max(naturalEnd, beginMs + 1);
    clips.push({ word: index, beginMs, endMs });
    previousEnd = endMs;
  });
  return clips;
}

/** How long a reader plays these clips. */
export function clipsDurationMs(clips: readonly OverlayClip[]): number {
  return clips.reduce((sum, clip) => sum + clip.endMs - clip.beginMs, 0);
}

/** A SMIL full clock value, "h:mm:ss.mmm", from whole milliseconds. */
export function clockValue(milliseconds: number): string {
  const total = Math.max(0, Math.round(milliseconds));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const rest = total % 1000;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}.${String(rest).padStart(3, '0')}`;
}
