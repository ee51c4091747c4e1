/**
 * Measures MP4 encoding speed on a ~60 s sample book: real-time factor (narration seconds ÷
 * encoding seconds) of `still` and `motion` at 1280×720 and of the hand-written baseline, in one
 * run. Run with `npx tsx pipeline/render/video/measure-video.ts [--speech narration.wav]`.
 */
import { promises as fs } from 'node:fs';
import { makeSampleBook } from '../../../tests/support/sample-book';
import { findFfmpeg } from './find-ffmpeg';
import { renderBaseline } from './render-baseline';
import { VideoRenderer } from './video-renderer';

const SENTENCE = 'The little fox ran through the tall grass and looked up at the moon.';
const SCENES = Array.from({ length: 6 }, (_, index) => `Scene ${index + 1} begins here. ${SENTENCE} ${SENTENCE}`);

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const speech = process.argv.includes('--speech') ? process.argv[process.argv.indexOf('--speech') + 1] : null;
  const { folder, manifest } = await makeSampleBook({ scenes: SCENES });
  try {
    // Real speech costs the AAC encoder more than test tones: optionally lay a recording under the book.
    if (speech) await fs.copyFile(speech, folder.resolve('narration.wav'));
    const ffmpeg = await findFfmpeg();
    const seconds = manifest.steps.narration!.durationMs / 1000;
    const renderer = new VideoRenderer();
    const withMode = (videoMode: 'still' | 'motion') => ({ ...manifest, request: { ...manifest.request, options: { ...manifest.request.options, render: { ...manifest.request.options.render, videoMode } } } });
    const still: number[] = [];
    for (let run = 0; run < 3; run++) still.push(await timed(() => renderer.render({ folder, manifest: withMode('still') })));
    const motion = await timed(() => renderer.render({ folder, manifest: withMode('motion') }));
    const baseline = await timed(() => renderBaseline({ folder, manifest, output: folder.resolve('baseline.mp4') }));
    const bestStill = Math.min(...still);
    const factor = (ms: number) => (seconds / (ms / 1000)).toFixed(1);
    console.log(`ffmpeg ${ffmpeg.version} (${ffmpeg.path}), narration ${seconds.toFixed(1)} s`);
    console.log(`still    ${still.map((ms) => ms.toFixed(0)).join(' / ')} ms  best ${factor(bestStill)}× real time`);
    console.log(`motion   ${motion.toFixed(0)} ms  ${factor(motion)}× real time`);
    console.log(`baseline ${baseline.toFixed(0)} ms  ${factor(baseline)}× real time; still is ${(baseline / bestStill).toFixed(1)}× faster`);
  } finally {
    await fs.rm(folder.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
