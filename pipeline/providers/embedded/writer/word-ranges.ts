import type { StoryLength } from '../../../model';
import type { WordRange } from './fit-length';

/** How many words a story of each length has, in any language. */
export const WORD_RANGES: Record<StoryLength, WordRange> = {
  short: { min: 300, max: 450 },
  medium: { min: 500, max: 750 },
  long: { min: 850, max: 1200 },
};
