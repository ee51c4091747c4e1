import type { WordTiming } from '../../../model';
import { countSyllables } from './count-syllables';
import type { SentenceSpan, WordSpan } from './split-sentences';

/** A stretch of silence inside a sentence's audio, in milliseconds from the sentence's start. */
export interface Pause {
  startMs: number;
  endMs: number;
}

// Relative weights, fitted by least squares to the durations eSpeak NG gives 180 sentences of
// random words in English, German and French at normal speed (one unit is about 40 ms there; the
// fit explains sentence length to within about 5.5 % in each language).
const ONSET_WEIGHT = 2;
const SYLLABLE_WEIGHT = 1.5;
const LETTER_WEIGHT = 0.75;
// The last word of a sentence is drawn out (measured: 50–180 ms more).
const FINAL_LENGTHENING_WEIGHT = 2;
// eSpeak stops at a comma, semicolon or colon for about 185 ms at normal speed.
const CLAUSE_PAUSE_WEIGHT = 4.5;
const CLAUSE_BREAK = /[,;:—–…()]|\s-\s/;
// A detected silence is only trusted as a clause pause if it is near where the words say it should be.
const ANCHOR_TOLERANCE = 0.25;

export function wordWeight(word: string, primaryLanguage: string): number {
  const letters = word.replace(/[^\p{L}\p{N}]/gu, '').length;
  return ONSET_WEIGHT + SYLLABLE_WEIGHT * countSyllables(word, primaryLanguage) + LETTER_WEIGHT * letters;
}

/** Milliseconds floored to a tenth: monotonic, and never past the exact sample-based end. */
export function floorToTenth(milliseconds: number): number {
  return Math.floor(milliseconds * 10) / 10;
}

/** Indices i where a clause ends after word i (punctuation between it and the next word). */
export function clauseBreaks(text: string, words: WordSpan[]): number[] {
  const breaks: number[] = [];
  for (let index = 0; index + 1 < words.length; index++) {
    if (CLAUSE_BREAK.test(text.slice(words[index].end, words[index + 1].start))) breaks.push(index);
  }
  return breaks;
}

/** Shares [fromMs, toMs] among words by weight, back to back. */
function share(words: WordSpan[], weights: number[], fromMs: number, toMs: number): Array<[number, number]> {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const spans: Array<[number, number]> = [];
  let clock = fromMs;
  for (let index = 0; index < words.length; index++) {
    const length = ((toMs - fromMs) * weights[index]) / total;
    spans.push([clock, index === words.length - 1 ? toMs : clock + length]);
    clock += length;
  }
  return spans;
}

/** Where each clause pause should fall if time followed the weights alone. */
function expectedBreakTimes(weights: number[], breaks: number[], durationMs: number): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0) + breaks.length * CLAUSE_PAUSE_WEIGHT;
  return breaks.map((wordIndex, breakIndex) => {
    const before = weights.slice(0, wordIndex + 1).reduce((sum, weight) => sum + weight, 0) + breakIndex * CLAUSE_PAUSE_WEIGHT;
    return ((before + CLAUSE_PAUSE_WEIGHT / 2) / total) * durationMs;
  });
}

/** The measured silences that are the clause pauses, or null when they cannot be matched up. */
function anchorPauses(breaks: number[], pauses: Pause[], expected: number[], durationMs: number): Pause[] | null {
  if (breaks.length === 0 || pauses.length < breaks.length) return null;
  const longest = [...pauses].sort((a, b) => b.endMs - b.startMs - (a.endMs - a.startMs)).slice(0, breaks.length);
  const chosen = longest.sort((a, b) => a.startMs - b.startMs);
  const near = chosen.every((pause, index) => Math.abs((pause.startMs + pause.endMs) / 2 - expected[index]) <= ANCHOR_TOLERANCE * durationMs);
  return near ? chosen : null;
}

/**
 * Word timings inside one sentence whose audio starts at `offsetMs` and lasts `durationMs`. Clauses
 * are pinned to the silences measured in the audio when they match the punctuation; words share
 * their clause's time by length and syllables.
 */
export function estimateWordTimings(
  text: string,
  sentence: SentenceSpan,
  audio: { offsetMs: number; durationMs: number; pauses: Pause[] },
  primaryLanguage: string,
): WordTiming[] {
  const { words } = sentence;
  const weights = words.map((word, index) => wordWeight(word.text, primaryLanguage) + (index === words.length - 1 ? FINAL_LENGTHENING_WEIGHT : 0));
  const breaks = clauseBreaks(text, words);
  const anchors = anchorPauses(breaks, audio.pauses, expectedBreakTimes(weights, breaks, audio.durationMs), audio.durationMs);
  const spans: Array<[number, number]> = [];
  if (anchors) {
    let first = 0;
    [...breaks, words.length - 1].forEach((last, clause) => {
      const fromMs = clause === 0 ? 0 : anchors[clause - 1].endMs;
      const toMs = clause < anchors.length ? anchors[clause].startMs : audio.durationMs;
      spans.push(...share(words.slice(first, last + 1), weights.slice(first, last + 1), fromMs, toMs));
      first = last + 1;
    });
  } else {
    // No usable measurement: clause pauses become weighted gaps between the words.
    const padded = weights.map((weight, index) => weight + (breaks.includes(index) ? CLAUSE_PAUSE_WEIGHT : 0));
    const shared = share(words, padded, 0, audio.durationMs);
    shared.forEach(([fromMs, toMs], index) => {
      const gap = breaks.includes(index) ? ((toMs - fromMs) * CLAUSE_PAUSE_WEIGHT) / padded[index] : 0;
      spans.push([fromMs, toMs - gap]);
    });
  }
  return words.map((word, index) => ({
    text: word.text,
    start: word.start,
    end: word.end,
    startMs: floorToTenth(audio.offsetMs + spans[index][0]),
    endMs: floorToTenth(audio.offsetMs + spans[index][1]),
  }));
}
