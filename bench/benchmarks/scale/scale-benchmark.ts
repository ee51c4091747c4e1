import type { ProviderSet } from '../../../pipeline/providers/provider-set';
import { longStory } from '../../stories/bench-stories';
import type { Benchmark } from '../benchmark';
import type { BookRunFigures } from '../book/book-run-figures';
import { measureBook } from '../book/measure-book';

const FULL = { words: 20_000, scenes: 200 };
const QUICK = { words: 2_000, scenes: 20 };

/**
 * Figure 4: a 20,000-word story as 200 scenes through every step and every renderer. The book
 * options stop at 60 scenes (a person's choice), so the planner is asked for 200 directly.
 */
export const scaleBenchmark: Benchmark<BookRunFigures> = {
  name: 'scale',
  measuresMemory: true,
  async run(context) {
    const size = context.quick ? QUICK : FULL;
    const adjustProviders = (providers: ProviderSet): ProviderSet => ({
      ...providers,
      planner: { provider: providers.planner.provider, model: providers.planner.model, plan: (input) => providers.planner.plan({ ...input, targetScenes: size.scenes }) },
    });
    return measureBook(context, { text: longStory(size.words), options: { formats: ['web', 'pdf', 'mp4', 'epub'] }, adjustProviders });
  },
};
