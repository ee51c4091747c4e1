import { EmbeddedScenePlanner } from '../../../pipeline/providers/embedded/embedded-scene-planner';
import { median } from '../../report/statistics';
import { round } from '../../report/format-figures';
import { longStory } from '../../stories/bench-stories';
import { countWords } from '../../stories/count-words';
import type { Benchmark } from '../benchmark';
import type { PlannerFigures } from './planner-figures';

/**
 * Figure 5: the embedded planner on a 50,000-word text. Warm-up runs first, so the figure is the
 * planner's steady speed (lexicons loaded, code optimised by V8), as on a server that has made
 * books before; the median of the timed runs is the figure.
 */
export const plannerBenchmark: Benchmark<PlannerFigures> = {
  name: 'planner',
  async run(context) {
    const text = longStory(context.quick ? 5_000 : 50_000);
    const words = countWords(text);
    // The default limit (200,000 characters) is a request limit, not the planner's.
    const planner = new EmbeddedScenePlanner({ maxCharacters: text.length + 1 });
    const warmUpRuns = context.quick ? 1 : 3;
    const runs = context.quick ? 3 : 7;
    for (let run = 0; run < warmUpRuns; run++) await planner.plan({ text, language: 'en' });
    const times: number[] = [];
    let last;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      last = await planner.plan({ text, language: 'en' });
      times.push(performance.now() - started);
    }
    const medianMs = median(times);
    return {
      words,
      scenes: last!.scenes.length,
      characters: last!.bible.characters.length,
      warmUpRuns,
      runs,
      medianMs: round(medianMs, 2),
      fastestMs: round(Math.min(...times), 2),
      wordsPerSecond: Math.round(words / (medianMs / 1000)),
    };
  },
};
