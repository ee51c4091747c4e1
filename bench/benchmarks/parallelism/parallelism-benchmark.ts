import type { BookStore } from '../../../pipeline/book-store';
import { makeBook } from '../../../pipeline/make-book';
import type { ProgressListener } from '../../../pipeline/model';
import type { ProviderSet } from '../../../pipeline/providers/provider-set';
import { syntheticProviders } from '../../../pipeline/providers/testing/test-providers';
import { round } from '../../report/format-figures';
import { firstParagraphs, writtenStory } from '../../stories/bench-stories';
import { withBenchStore } from '../../support/bench-store';
import type { Benchmark } from '../benchmark';
import { fixedTimeProviders } from '../../support/fixed-time-providers';
import { firstCompleteSceneMs, firstSceneLimitMs, idealWallTime, type ScenePartEvent, type SlowProviderBook } from './ideal-time';
import type { ParallelismFigures } from './parallelism-figures';

const BOOK: SlowProviderBook = { scenes: 12, pictureMs: 800, narrationMs: 500, scenesAtOnce: 4 };

async function makeOnce(store: BookStore, text: string, providers: ProviderSet, onProgress?: ProgressListener) {
  const { folder } = await store.create({ source: { kind: 'text', text }, options: { formats: ['web'] } });
  return makeBook(folder, { providers, renderers: [], concurrency: BOOK.scenesAtOnce, onProgress });
}

/**
 * Figure 3: providers that take a fixed time per call (as a cloud API does), one scene per
 * paragraph, no renderers: how close makeBook's schedule comes to the ideal, and how soon the
 * first page is whole. A warm-up book makes the media and loads the code first.
 */
export const parallelismBenchmark: Benchmark<ParallelismFigures> = {
  name: 'parallelism',
  async run() {
    const text = firstParagraphs((await writtenStory('long')).text, BOOK.scenes);
    const { warmUp, timed, callsInFlight } = fixedTimeProviders(syntheticProviders(), BOOK);
    return withBenchStore(async (store) => {
      await makeOnce(store, text, warmUp);
      const parts: ScenePartEvent[] = [];
      const started = performance.now();
      const manifest = await makeOnce(store, text, timed, (event) => {
        if (event.type === 'scene:illustrated' || event.type === 'scene:narrated') parts.push({ type: event.type, index: event.index, atMs: performance.now() - started });
      });
      const wallMs = performance.now() - started;
      if (manifest.scenes.length !== BOOK.scenes) throw new Error(`the story made ${manifest.scenes.length} scenes, not ${BOOK.scenes}`);
      const ideal = idealWallTime(BOOK);
      const firstScene = firstCompleteSceneMs(parts);
      return {
        ...BOOK,
        wallMs: round(wallMs, 1),
        totalCallMs: ideal.totalCallMs,
        idealMs: ideal.idealMs,
        wallToIdeal: round(wallMs / ideal.idealMs),
        bestScheduleMs: ideal.bestScheduleMs,
        wallToBestSchedule: round(wallMs / ideal.bestScheduleMs),
        firstSceneMs: firstScene === null ? null : round(firstScene, 1),
        firstSceneLimitMs: firstSceneLimitMs(BOOK),
        highestCallsInFlight: callsInFlight().highest,
      };
    });
  },
};
