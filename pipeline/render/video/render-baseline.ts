import type { BookFolder } from '../../book-folder';
import type { Manifest, VideoAspect } from '../../model';
import { buildBaselineArguments } from './baseline-arguments';
import { findFfmpeg } from './find-ffmpeg';
import { runFfmpeg } from './run-ffmpeg';
import { videoSize } from './video-size';
import { videoTimeline } from './video-timeline';

/**
 * Encodes a book the hand-written way (see buildBaselineArguments) to `output`, an absolute path:
 * the yardstick `npm run bench` times the renderer's modes against, in the same run.
 */
export async function renderBaseline(options: { folder: BookFolder; manifest: Manifest; output: string; aspect?: VideoAspect; signal?: AbortSignal }): Promise<void> {
  const timeline = videoTimeline(options.manifest, (file) => options.folder.resolve(file));
  const ffmpeg = await findFfmpeg();
  const args = buildBaselineArguments(timeline, videoSize(options.aspect), options.output);
  await runFfmpeg(args, { ffmpegPath: ffmpeg.path, signal: options.signal, durationMs: timeline.totalMs });
}
