import type { WordTiming } from '../../../model';

/** A wordBoundary event as the Speech SDK reports it. Offsets in 100-ns ticks. */
export interface WordBoundary {
  /** Where the SDK found the word in the SSML, or -1. */
  textOffset: number;
  wordLength: number;
  text: string;
  audioOffset: number;
  duration: number;
  /** "WordBoundary", "PunctuationBoundary" or "SentenceBoundary". */
  boundaryType: string;
}

const TICKS_PER_MS = 10_000;

/**
 * Word timings in the scene text from the service's word boundaries. An SSML offset is mapped back
 * through `textAt`; when the SDK could not place a word (it searches the SSML for the word, which
 * fails for escaped text), the word is looked for in the scene text after the previous one.
 * Punctuation boundaries are dropped; times stay monotonic and inside the audio. Pure.
 */
export function mapWordBoundaries(boundaries: WordBoundary[], textAt: Int32Array, sceneText: string, durationMs: number): WordTiming[] {
  const words: WordTiming[] = [];
  let cursor = 0;
  let clock = 0;
  for (const boundary of boundaries) {
    if (boundary.boundaryType !== 'WordBoundary' || !/[\p{L}\p{N}]/u.test(boundary.text)) continue;
    const span = fromSsml(boundary, textAt) ?? search(sceneText, boundary.text, cursor);
    if (!span || span.start < cursor) continue;
    const startMs = Math.min(durationMs, Math.max(clock, boundary.audioOffset / TICKS_PER_MS));
    const endMs = Math.min(durationMs, Math.max(startMs, (boundary.audioOffset + boundary.duration) / TICKS_PER_MS));
    words.push({ text: sceneText.slice(span.start, span.end), start: span.start, end: span.end, startMs: tenth(startMs), endMs: tenth(endMs) });
    cursor = span.end;
    clock = endMs;
  }
  return words;
}

function fromSsml(boundary: WordBoundary, textAt: Int32Array): { start: number; end: number } | null {
  if (boundary.textOffset < 0 || boundary.wordLength <= 0) return null;
  const first = textAt[boundary.textOffset];
  const last = textAt[boundary.textOffset + boundary.wordLength - 1];
  if (first === undefined || last === undefined || first < 0 || last < first) return null;
  return { start: first, end: last + 1 };
}

function search(text: string, word: string, from: number): { start: number; end: number } | null {
  let at = text.indexOf(word, from);
  if (at < 0) at = text.toLowerCase().indexOf(word.toLowerCase(), from);
  return at < 0 ? null : { start: at, end: at + word.length };
}

function tenth(milliseconds: number): number {
  return Math.floor(milliseconds * 10) / 10;
}
