/**
 * How fast eSpeak speaks. A storybook is read a little slower than eSpeak's default 175 words per
 * minute; the requested rate scales that, within what eSpeak NG can do without the Sonic library
 * (which this WebAssembly build leaves out).
 */
export const NORMAL_WORDS_PER_MINUTE = 160;
export const SLOWEST_WORDS_PER_MINUTE = 80;
export const FASTEST_WORDS_PER_MINUTE = 450;

export interface SpeechRate {
  wordsPerMinute: number;
  /** The rate actually used, 1 being normal; pauses between sentences scale with it. */
  rate: number;
  warnings: string[];
}

export function speechRate(requested: number | undefined): SpeechRate {
  if (requested === undefined) return { wordsPerMinute: NORMAL_WORDS_PER_MINUTE, rate: 1, warnings: [] };
  if (!Number.isFinite(requested) || requested <= 0) {
    return { wordsPerMinute: NORMAL_WORDS_PER_MINUTE, rate: 1, warnings: [`speech rate ${requested} is not a positive number; speaking at normal speed`] };
  }
  const wanted = Math.round(NORMAL_WORDS_PER_MINUTE * requested);
  const wordsPerMinute = Math.min(FASTEST_WORDS_PER_MINUTE, Math.max(SLOWEST_WORDS_PER_MINUTE, wanted));
  const rate = wordsPerMinute / NORMAL_WORDS_PER_MINUTE;
  if (wordsPerMinute === wanted) return { wordsPerMinute, rate: requested, warnings: [] };
  return {
    wordsPerMinute,
    rate,
    warnings: [`eSpeak speaks between ${(SLOWEST_WORDS_PER_MINUTE / NORMAL_WORDS_PER_MINUTE).toFixed(2)}× and ${(FASTEST_WORDS_PER_MINUTE / NORMAL_WORDS_PER_MINUTE).toFixed(2)}× normal speed; rate ${requested} became ${rate.toFixed(2)}`],
  };
}
