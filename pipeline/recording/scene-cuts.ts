import type { WordTiming } from '../model';
import { alignWords } from '../providers/speech-timing/align-words';
import { textWords } from '../providers/speech-timing/narration-timings';

export interface SceneCut {
  startMs: number;
  endMs: number;
  /** The scene's words: offsets into the scene text, milliseconds from the cut's start. */
  words: WordTiming[];
}

/**
 * Where to cut a recording so each scene gets its own stretch of the narrator's voice. The
 * transcript's words are matched to the planned story's words (the planner may have tidied the
 * text), then each cut falls in the middle of the pause between one scene's last word and the
 * next scene's first, so no word is clipped; a scene without words gets the whole pause. The cuts
 * cover the whole recording. Pure.
 */
export function sceneCuts(storyText: string, scenes: Array<{ start: number; end: number }>, transcriptWords: WordTiming[], durationMs: number, language: string): SceneCut[] {
  const timed = alignWords(textWords(storyText, language), transcriptWords.map((word) => ({ text: word.text, startMs: word.startMs, endMs: word.endMs })), durationMs).words;
  const inside = scenes.map((scene) => timed.filter((word) => word.start >= scene.start && word.end <= scene.end));
  const boundaries: number[] = [0];
  for (let index = 1; index < scenes.length; index++) {
    const before = inside.slice(0, index).flat().at(-1);
    const after = inside.slice(index).flat()[0];
    const previous = boundaries[index - 1];
    // A scene without words (a line of "…") gets the pause itself; others share it half and half.
    let cut = before && after ? (before.endMs + after.startMs) / 2 : before ? before.endMs : after ? after.startMs : previous;
    if (inside[index].length === 0 && before) cut = before.endMs;
    else if (inside[index - 1].length === 0 && after) cut = after.startMs;
    boundaries.push(Math.max(previous, Math.min(durationMs, cut)));
  }
  boundaries.push(durationMs);
  return scenes.map((scene, index) => {
    const startMs = boundaries[index];
    const endMs = boundaries[index + 1];
    const words = inside[index].map((word) => ({
      text: word.text,
      start: word.start - scene.start,
      end: word.end - scene.start,
      startMs: clamp(word.startMs - startMs, 0, endMs - startMs),
      endMs: clamp(word.endMs - startMs, 0, endMs - startMs),
    }));
    return { startMs, endMs, words };
  });
}

function clamp(value: number, low: number, high: number): number {
  return Math.floor(Math.min(Math.max(value, low), high) * 10) / 10;
}
