import { writtenStory } from '../../stories/bench-stories';
import type { Benchmark } from '../benchmark';
import type { BookRunFigures } from './book-run-figures';
import { measureBook } from './measure-book';

/** Figure 1: a ~1,000-word story to web, PDF and MP4 (still), as a person would make it. */
export const bookBenchmark: Benchmark<BookRunFigures> = {
  name: 'book',
  async run(context) {
    const story = await writtenStory(context.quick ? 'short' : 'long');
    return measureBook(context, { text: story.text, options: { formats: ['web', 'pdf', 'mp4'], render: { videoMode: 'still' } } });
  },
};
