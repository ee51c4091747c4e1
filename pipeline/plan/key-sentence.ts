import { lowerBound } from './cut-long-units';

export interface SentenceSpan {
  start: number;
  end: number;
  words: number;
  dialogue: boolean;
}

const MAX_ACTION_CHARACTERS = 200;
const COMFORTABLE_WORDS = 35;

/**
 * The sentence that best says what happens in a scene: the one naming the most characters
 * (twice the weight), places and things, preferring narration to speech and a sentence of
 * ordinary length; ties go to the earliest. `characterStarts` and `mentionStarts` are sorted.
 */
export function keySentence(text: string, sentences: SentenceSpan[], characterStarts: number[], mentionStarts: number[]): string {
  let best = sentences[0];
  let bestScore = -Infinity;
  for (const sentence of sentences) {
    const count = (starts: number[]) => lowerBound(starts, sentence.end) - lowerBound(starts, sentence.start);
    let score = 2 * count(characterStarts) + count(mentionStarts);
    if (sentence.dialogue) score -= 1.5;
    if (sentence.words > COMFORTABLE_WORDS) score -= (sentence.words - COMFORTABLE_WORDS) / 10;
    if (sentence.words < 4) score -= 1;
    if (score > bestScore) (best = sentence), (bestScore = score);
  }
  return best ? shorten(text.slice(best.start, best.end).replace(/\s+/g, ' ').trim()) : '';
}

/** Cuts at a word boundary with an ellipsis, so a prompt never carries half a word. */
export function shorten(sentence: string, limit = MAX_ACTION_CHARACTERS): string {
  if (sentence.length <= limit) return sentence;
  const cut = sentence.lastIndexOf(' ', limit - 1);
  return `${sentence.slice(0, cut > limit / 2 ? cut : limit - 1).replace(/[\s,;:—–-]+$/, '')}…`;
}
