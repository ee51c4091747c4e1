import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BookFolder } from '../../book-folder';
import { throwIfCancelled } from '../../errors';
import type { Renderer, RenderContext, RenderResult } from '../renderer';
import { buildChaptersMetadata } from './chapters-metadata';
import { buildConcatList } from './concat-list';
import { findFfmpeg } from './find-ffmpeg';
import { buildMotionArguments } from './motion-arguments';
import { buildConversionArguments, picturesToConvert, withConvertedPictures } from './picture-conversion';
import { runFfmpeg } from './run-ffmpeg';
import { buildStillArguments } from './still-arguments';
import { buildSubtitleCues } from './subtitle-cues';
import { buildSrt, buildVtt } from './subtitle-formats';
import type { VideoJob } from './video-job';
import { videoSize } from './video-size';
import { videoTimeline } from './video-timeline';

export const VIDEO_FILES = ['book.mp4', 'book.srt', 'book.vtt'];

/** A scratch folder inside the book folder, so the finished files reach their place by rename. */
async function scratchFolder(folder: BookFolder): Promise<string> {
  const dir = folder.resolve(`.mp4-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  await fs.mkdir(dir);
  return dir;
}

/**
 * The MP4 audio slideshow: the joined narration under each scene's picture, with a soft
 * subtitle track and a chapter per scene; book.srt and book.vtt beside it. Everything is made in
 * a scratch folder and moved into place only when ffmpeg has succeeded.
 */
export class VideoRenderer implements Renderer {
  readonly format = 'mp4' as const;

  async render({ folder, manifest, onProgress, signal }: RenderContext): Promise<RenderResult> {
    throwIfCancelled(signal);
    const { videoMode, aspect } = manifest.request.options.render;
    const timeline = videoTimeline(manifest, (file) => folder.resolve(file));
    const capabilities = await findFfmpeg();
    const warnings: string[] = [];
    const scratch = await scratchFolder(folder);
    try {
      const cues = buildSubtitleCues(timeline);
      const srt = buildSrt(cues);
      const files: VideoJob['files'] = {
        chapters: path.join(scratch, 'chapters.txt'),
        output: path.join(scratch, 'book.mp4'),
        subtitles: cues.length > 0 ? path.join(scratch, 'book.srt') : undefined,
      };
      await fs.writeFile(path.join(scratch, 'book.srt'), srt);
      await fs.writeFile(path.join(scratch, 'book.vtt'), buildVtt(cues));
      await fs.writeFile(files.chapters, buildChaptersMetadata(timeline));
      const job: VideoJob = { timeline, frame: videoSize(aspect), capabilities, files };
      const args = videoMode === 'motion' ? this.motionArguments(job, warnings) : await this.stillArguments(job, scratch, signal);
      await runFfmpeg(args, { ffmpegPath: capabilities.path, signal, onProgress, durationMs: timeline.totalMs, format: 'mp4' });
      throwIfCancelled(signal);
      for (const file of VIDEO_FILES) await fs.rename(path.join(scratch, file), folder.resolve(file));
      return { files: [...VIDEO_FILES], warnings };
    } finally {
      await fs.rm(scratch, { recursive: true, force: true });
    }
  }

  private motionArguments(job: VideoJob, warnings: string[]): string[] {
    const { args, transition } = buildMotionArguments(job);
    const version = job.capabilities.version;
    if (transition === 'through-black') warnings.push(`this ffmpeg (${version}) has no xfade filter, so scenes fade through black`);
    if (!job.capabilities.filters.has('zoompan')) warnings.push(`this ffmpeg (${version}) has no zoompan filter, so pictures pan without zooming`);
    return args;
  }

  private async stillArguments(job: VideoJob, scratch: string, signal: AbortSignal | undefined): Promise<string[]> {
    const conversions = picturesToConvert(job.timeline, scratch);
    if (conversions.length > 0) {
      await runFfmpeg(buildConversionArguments(conversions), { ffmpegPath: job.capabilities.path, signal, format: 'mp4' });
      job.timeline = withConvertedPictures(job.timeline, conversions);
    }
    job.files.concatList = path.join(scratch, 'pictures.ffconcat');
    await fs.writeFile(job.files.concatList, buildConcatList(job.timeline));
    return buildStillArguments(job);
  }
}
