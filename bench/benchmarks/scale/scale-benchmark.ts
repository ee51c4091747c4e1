import { longStory } from '../../stories/bench-stories';
import type { Benchmark } from '../benchmark';
import type { BookRunFigures } from '../book/book-run-figures';
import { measureBook } from '../book/measure-book';

/**
 * Figure 4: a book of about 200 scenes through every step and every renderer. The planner sizes
 * pages itself (about 140 words each in a long story) and takes no more than 60 as a wish, so
 * 200 scenes take a story of about 28,000 words; 20,000 words make about 143.
 */
const FULL_WORDS = 28_000;
const QUICK_WORDS = 2_000;

export const scaleBenchmark: Benchmark<BookRunFigures> = {
  name: 'scale',
  async run(context) {
    return measureBook(context, { text: longStory(context.quick ? QUICK_WORDS : FULL_WORDS), options: { formats: ['web', 'pdf', 'mp4', 'epub'] } });
  },
};
