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

/** Closing punctuation, then only quotes, brackets and space (a German „ may open the next sentence). */
const SENTENCE_END = /[.!?…。！？][\s"'“”„‟‘’‚«»‹›()[\]]*$/u;
const CLOSING_MARKS = /^[.!?…。！？]+["'“”‘’»«›‹)\]]*/u;

/**
 * Groups a page's words into sentences for announcements. A sentence ends where the text from a
 * word up to the next one ends in . ! ? or …, so it works whether a narrator's word spans
 * include their punctuation ("moon.") or not ("moon").
 */
export function groupSentences(text: string, words: readonly StorybookWord[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  // Where the previous sentence's punctuation ended, so an opening quote joins the next sentence.
  let from = 0;
  words.forEach((word, index) => {
    const upToNext = text.slice(word.start, words[index + 1]?.start ?? text.length);
    const closing = SENTENCE_END.exec(upToNext);
    if (!closing && index < words.length - 1) return;
    // The sentence takes its punctuation and the quotes right after it, not the next one's „.
    const end = word.start + (closing ? closing.index + CLOSING_MARKS.exec(upToNext.slice(closing.index))![0].length : upToNext.trimEnd().length);
    sentences.push({ firstWord: first, lastWord: index, text: text.slice(from, end).replace(/\s+/g, ' ').trim() });
    first = index + 1;
    from = end;
  });
  return sentences;
}

/** The sentence containing word `word`, or -1. */
export function sentenceOf(sentences: readonly Sentence[], word: number): number {
  return sentences.findIndex((sentence) => word >= sentence.firstWord && word <= sentence.lastWord);
}
