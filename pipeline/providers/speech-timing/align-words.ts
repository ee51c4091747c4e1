import type { WordTiming } from '../../model';

/** A word as a recogniser heard it: its spelling and when, but not where it is in our text. */
export interface HeardWord {
  text: string;
  startMs: number;
  endMs: number;
}

/** A word of our own text, by character offsets. */
export interface TextWord {
  text: string;
  start: number;
  end: number;
}

export interface Alignment {
  words: WordTiming[];
  /** How many of the text's words were matched to a heard word (the rest are interpolated). */
  matched: number;
}

// How far ahead to look for a match: recognisers drop, add or merge a few words, not dozens.
const LOOKAHEAD = 8;

/** Lower case, letters and digits only, accents kept apart: "Red-Cap," → "redcap", "Été" → "ete". */
export function wordKey(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A heard word that our text splits ("Red-Cap" heard once, written as "Red" and "Cap") becomes
 * one piece per part, its time shared by length; this keeps the match one to one.
 */
export function splitHeard(heard: HeardWord[]): HeardWord[] {
  return heard.flatMap((word) => {
    const parts = word.text.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length > 0);
    if (parts.length <= 1) return [word];
    const total = parts.reduce((sum, part) => sum + part.length, 0);
    let clock = word.startMs;
    return parts.map((part) => {
      const length = ((word.endMs - word.startMs) * part.length) / total;
      const piece = { text: part, startMs: clock, endMs: clock + length };
      clock += length;
      return piece;
    });
  });
}

/**
 * Times our text's words from what a recogniser heard. Words are matched in order by spelling,
 * looking a few words ahead on either side to step over additions and omissions; unmatched words
 * share the time between their matched neighbours by length. The result is monotonic and never
 * runs past `durationMs`, so it always satisfies the narration contract.
 */
export function alignWords(textWords: TextWord[], heardWords: HeardWord[], durationMs: number): Alignment {
  const heard = splitHeard(heardWords).filter((word) => wordKey(word.text).length > 0);
  const keys = heard.map((word) => wordKey(word.text));
  const times: Array<{ startMs: number; endMs: number } | null> = textWords.map(() => null);
  let next = 0;
  let matched = 0;
  for (let index = 0; index < textWords.length && next < heard.length; index++) {
    const key = wordKey(textWords[index].text);
    if (!key) continue;
    const found = keys.slice(next, next + LOOKAHEAD).indexOf(key);
    if (found >= 0) {
      times[index] = { startMs: heard[next + found].startMs, endMs: heard[next + found].endMs };
      next += found + 1;
      matched++;
    } else if (!textWords.slice(index + 1, index + 1 + LOOKAHEAD).some((word) => wordKey(word.text) === keys[next])) {
      // Neither side explains the other: a misheard word. Pair them up and move on together.
      next++;
    }
  }
  return { words: fillGaps(textWords, times, durationMs), matched };
}

/** Gives unmatched words times between their neighbours and makes the sequence monotonic. */
function fillGaps(textWords: TextWord[], times: Array<{ startMs: number; endMs: number } | null>, durationMs: number): WordTiming[] {
  const result: WordTiming[] = [];
  let clock = 0;
  let index = 0;
  while (index < textWords.length) {
    if (times[index]) {
      const time = times[index]!;
      const startMs = clamp(time.startMs, clock, durationMs);
      const endMs = clamp(time.endMs, startMs, durationMs);
      result.push({ ...textWords[index], startMs: round(startMs), endMs: round(endMs) });
      clock = endMs;
      index++;
      continue;
    }
    let last = index;
    while (last + 1 < textWords.length && !times[last + 1]) last++;
    const until = clamp(times[last + 1]?.startMs ?? durationMs, clock, durationMs);
    const run = textWords.slice(index, last + 1);
    const total = run.reduce((sum, word) => sum + word.text.length, 0);
    let position = clock;
    for (const word of run) {
      const length = ((until - clock) * word.text.length) / total;
      result.push({ ...word, startMs: round(position), endMs: round(Math.min(until, position + length)) });
      position += length;
    }
    clock = until;
    index = last + 1;
  }
  // Rounding may nudge a start before the previous end by a hair; keep the order exact.
  for (let position = 1; position < result.length; position++) {
    if (result[position].startMs < result[position - 1].endMs) result[position].startMs = result[position - 1].endMs;
    if (result[position].endMs < result[position].startMs) result[position].endMs = result[position].startMs;
  }
  return result;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

function round(milliseconds: number): number {
  return Math.floor(milliseconds * 10) / 10;
}
