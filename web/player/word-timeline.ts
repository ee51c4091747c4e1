import type { StorybookWord } from './storybook-data';

/** A run of a page's text: either one timed word (`word` is its index) or the text between words. */
export interface TextSegment {
  text: string;
  word: number | null;
}

/**
 * Cuts a page's text into words and the gaps between them, so every character is shown exactly
 * once. Words that overlap an earlier one or fall outside the text are left as plain text rather
 * than trusted, because timings may come from a transcriber that is not always tidy.
 */
export function segmentText(text: string, words: readonly StorybookWord[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  words.forEach((word, index) => {
    if (word.start < cursor || word.end <= word.start || word.end > text.length) return;
    if (word.start > cursor) segments.push({ text: text.slice(cursor, word.start), word: null });
    segments.push({ text: text.slice(word.start, word.end), word: index });
    cursor = word.end;
  });
  if (cursor < text.length) segments.push({ text: text.slice(cursor), word: null });
  return segments;
}

/**
 * The word being spoken at `timeMs`: the last word that has started. It stays lit through the
 * short silence after it, so the highlight never flickers off between words. -1 before the first.
 */
export function wordAt(words: readonly StorybookWord[], timeMs: number): number {
  let low = 0;
  let high = words.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (words[middle].startMs <= timeMs) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

export interface Sentence {
  firstWord: number;
  lastWord: number;
  text: string;
}

const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;

/** Groups a page's words into sentences (a word ending in . ! ? … closes one), for announcements. */
export function groupSentences(text: string, words: readonly StorybookWord[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  words.forEach((word, index) => {
    const isLast = index === words.length - 1;
    if (!SENTENCE_END.test(text.slice(word.start, word.end)) && !isLast) return;
    const sentenceText = text.slice(words[first].start, word.end).replace(/\s+/g, ' ').trim();
    sentences.push({ firstWord: first, lastWord: index, text: sentenceText });
    first = index + 1;
  });
  return sentences;
}

/** The sentence containing word `word`, or -1. */
export function sentenceOf(sentences: readonly Sentence[], word: number): number {
  return sentences.findIndex((sentence) => word >= sentence.firstWord && word <= sentence.lastWord);
}
