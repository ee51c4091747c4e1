import { segmenterFor } from './icu-sentence-breaks';

// Scripts written without spaces between words: their words are found by Intl.Segmenter's
// dictionaries; everything else by a regular expression, which is about twenty times faster.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const SEGMENTER_WINDOW = 1_000;
const SPACED_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;

/** Whether a text is mostly written without spaces between words (Japanese, Chinese, Thai…). */
export function isUnspacedText(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  // Japanese is almost all kana and kanji; a quarter of all characters is far more than any
  // spaced text quoting a few Chinese characters would have.
  const unspaced = sample.match(UNSPACED_SCRIPT)?.length ?? 0;
  return unspaced > sample.length / 4;
}

/**
 * Where each word starts, in order. `pieces` are offsets that cut the text into short stretches
 * (sentence breaks), because Intl.Segmenter is slow on long strings.
 */
export function wordStarts(text: string, language: string, pieces: number[]): number[] {
  const starts: number[] = [];
  if (!isUnspacedText(text)) {
    for (const match of text.matchAll(SPACED_WORD)) starts.push(match.index);
    return starts;
  }
  const segmenter = segmenterFor(language, 'word');
  const cuts = [0, ...pieces, text.length];
  for (let index = 0; index + 1 < cuts.length; index++) {
    // A sentence without a full stop can be long: cut it further (a word cut in two counts twice).
    for (let from = cuts[index]; from < cuts[index + 1]; from += SEGMENTER_WINDOW) {
      const to = Math.min(cuts[index + 1], from + SEGMENTER_WINDOW);
      for (const segment of segmenter.segment(text.slice(from, to))) {
        if (segment.isWordLike) starts.push(from + segment.index);
      }
    }
  }
  return starts;
}
