import { StepTimer } from '../../../pipeline/cli/make/step-timings';
import { makeBook } from '../../../pipeline/make-book';
import type { BookOptionsInput } from '../../../pipeline/model';
import { cpuSecondsSoFar } from '../../measure/cpu-time';
import { highWaterBytes } from '../../measure/process-tree';
import { BYTES_PER_MEGABYTE, round } from '../../report/format-figures';
import { countWords } from '../../stories/count-words';
import { withBenchStore } from '../../support/bench-store';
import { embeddedProviderSet } from '../../support/embedded-provider-set';
import type { BenchContext } from '../benchmark';
import { stageSecondsFrom, type BookRunFigures } from './book-run-figures';

export interface MeasuredBook {
  text: string;
  options: BookOptionsInput;
}

/**
 * Makes one book from text with the embedded providers, in a fresh store, the way `storyloom
 * make` does (cold worker pools), and reports wall time per step, CPU time and memory.
 */
export async function measureBook(context: BenchContext, book: MeasuredBook): Promise<BookRunFigures> {
  return withBenchStore(async (store) => {
    const { folder, manifest: requested } = await store.create({ source: { kind: 'text', text: book.text }, options: book.options });
    const providers = embeddedProviderSet();
    const formats = requested.request.options.formats;
    let scenesDone = 0;
    try {
      context.measuringWindow('open');
      const timer = new StepTimer(() => performance.now());
      // The same steps on the CPU clock: on a shared machine it tells slow code from a busy one.
      const cpuTimer = new StepTimer(() => cpuSecondsSoFar() * 1000);
      const manifest = await makeBook(folder, {
        providers,
        onProgress: (event) => {
          timer.observe(event);
          cpuTimer.observe(event);
          if (event.type === 'scene:illustrated' || event.type === 'scene:narrated') {
            scenesDone += 1;
            if (scenesDone % 50 === 0) context.log(`  ${scenesDone} scene parts done`);
          }
        },
      });
      const timings = timer.result();
      const cpuTimings = cpuTimer.result();
      const highWater = highWaterBytes();
      context.measuringWindow('close');
      return {
        words: countWords(book.text),
        scenes: manifest.scenes.length,
        formats,
        videoMode: manifest.request.options.render.videoMode,
        stageSeconds: stageSecondsFrom(timings, formats),
        totalSeconds: round(timings.totalMs / 1000),
        stageCpuSeconds: stageSecondsFrom(cpuTimings, formats),
        cpuSeconds: round(cpuTimings.totalMs / 1000),
        narrationSeconds: round((manifest.steps.narration?.durationMs ?? 0) / 1000),
        processHighWaterMegabytes: highWater === null ? null : round(highWater / BYTES_PER_MEGABYTE, 1),
      };
    } finally {
      await providers.close();
    }
  });
}
