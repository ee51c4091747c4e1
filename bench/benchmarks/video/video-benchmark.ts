import path from 'node:path';
import type { BookFolder } from '../../../pipeline/book-folder';
import { makeBook } from '../../../pipeline/make-book';
import type { Manifest, VideoMode } from '../../../pipeline/model';
import { findFfmpeg } from '../../../pipeline/render/video/find-ffmpeg';
import { renderBaseline } from '../../../pipeline/render/video/render-baseline';
import { VideoRenderer } from '../../../pipeline/render/video/video-renderer';
import { videoSize } from '../../../pipeline/render/video/video-size';
import { cpuStopwatch } from '../../measure/cpu-time';
import { round } from '../../report/format-figures';
import { firstParagraphs, writtenStory } from '../../stories/bench-stories';
import { withBenchStore } from '../../support/bench-store';
import { embeddedProviderSet } from '../../support/embedded-provider-set';
import type { Benchmark } from '../benchmark';
import { encodingFigures, type VideoFigures } from './video-figures';

type Encoder = 'still' | 'motion' | 'baseline';
const FRAME = videoSize('16:9');

/** Pictures and narration from the embedded providers: real drawings encode like real books. */
async function makeVideoBook(folder: BookFolder): Promise<Manifest> {
  const providers = embeddedProviderSet();
  try {
    return await makeBook(folder, { providers, renderers: [] });
  } finally {
    await providers.close();
  }
}

async function encode(encoder: Encoder, folder: BookFolder, manifest: Manifest): Promise<{ seconds: number; cpuSeconds: number }> {
  const cpu = cpuStopwatch();
  const started = performance.now();
  if (encoder === 'baseline') {
    await renderBaseline({ folder, manifest, output: path.join(folder.dir, 'baseline.mp4'), aspect: '16:9' });
  } else {
    const mode: VideoMode = encoder;
    const options = manifest.request.options;
    const asked = { ...manifest, request: { ...manifest.request, options: { ...options, render: { ...options.render, videoMode: mode, aspect: '16:9' as const } } } };
    await new VideoRenderer().render({ folder, manifest: asked });
  }
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpu() };
}

/**
 * Figure 2: the same book encoded three ways in one run: `still`, `motion`, and the recipe a
 * person would write by hand (the yardstick). Still runs are short and noisy, so the full run
 * takes the median of three; the slow ones run once. The runs interleave so load drift hits all.
 */
export const videoBenchmark: Benchmark<VideoFigures> = {
  name: 'video',
  async run(context) {
    const story = await writtenStory(context.quick ? 'short' : 'medium');
    const text = context.quick ? firstParagraphs(story.text, 3) : story.text;
    return withBenchStore(async (store) => {
      const { folder } = await store.create({ source: { kind: 'text', text }, options: { size: 'landscape', formats: ['mp4'] } });
      context.log('  drawing and narrating the book to encode');
      const manifest = await makeVideoBook(folder);
      // Probed once here, so no encoding pays for the probe.
      await findFfmpeg();
      const order: Encoder[] = context.quick ? ['still', 'motion', 'baseline'] : ['still', 'motion', 'still', 'baseline', 'still'];
      const runs: Record<Encoder, { seconds: number; cpuSeconds: number }[]> = { still: [], motion: [], baseline: [] };
      for (const encoder of order) {
        context.log(`  encoding: ${encoder}`);
        runs[encoder].push(await encode(encoder, folder, manifest));
      }
      const narrationSeconds = (manifest.steps.narration?.durationMs ?? 0) / 1000;
      const still = encodingFigures(narrationSeconds, runs.still);
      const motion = encodingFigures(narrationSeconds, runs.motion);
      const baseline = encodingFigures(narrationSeconds, runs.baseline);
      const rounded = (figures: typeof still) => ({
        seconds: round(figures.seconds),
        runs: figures.runs,
        realTimeFactor: round(figures.realTimeFactor, 2),
        cpuSeconds: round(figures.cpuSeconds),
        cpuRealTimeFactor: round(figures.cpuRealTimeFactor, 2),
      });
      return {
        scenes: manifest.scenes.length,
        frame: `${FRAME.width}×${FRAME.height}`,
        narrationSeconds: round(narrationSeconds),
        still: rounded(still),
        motion: rounded(motion),
        baseline: rounded(baseline),
        stillToBaseline: round(baseline.seconds / still.seconds, 2),
        motionToBaseline: round(baseline.seconds / motion.seconds, 2),
      };
    });
  },
};
