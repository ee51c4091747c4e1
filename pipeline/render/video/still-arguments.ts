import { frameTimingArguments } from './ffmpeg-capabilities';
import { COLOUR_TAGS, fillsFrame, fitPictureFilter } from './fit-picture-filter';
import { sideInputArguments, sideOutputArguments } from './output-arguments';
import type { VideoJob } from './video-job';

/**
 * `still` mode: the concat demuxer shows each picture once, for exactly its scene's time, and
 * the frames keep those timestamps (variable frame rate), so the encoder sees one frame per
 * scene instead of 25 a second. `-tune stillimage` suits pictures that never move.
 */
export function buildStillArguments(job: VideoJob): string[] {
  const { timeline, frame, files } = job;
  if (!files.concatList) throw new Error('still mode needs the concat list written first');
  // Every picture goes through one fitting chain; only if all fill the frame can the backdrop go.
  const pictures = timeline.scenes.map((scene) => ({ width: scene.pictureWidth, height: scene.pictureHeight }));
  const misfit = pictures.find((picture) => !fillsFrame(picture, frame)) ?? pictures[0];
  const fit = fitPictureFilter({ input: '0:v', output: 'video', picture: misfit, frame });
  return [
    // A picture that does not decode must fail the video, not silently leave a scene out.
    '-y', '-xerror',
    '-f', 'concat', '-safe', '0', '-i', files.concatList,
    ...sideInputArguments({ narration: timeline.narration, subtitles: files.subtitles, chapters: files.chapters }),
    '-filter_complex', fit,
    '-map', '[video]',
    ...frameTimingArguments(job.capabilities, 'vfr'),
    '-c:v', 'libx264', '-preset', 'veryfast', '-tune', 'stillimage', '-crf', '20', '-bf', '0', '-pix_fmt', 'yuv420p', ...COLOUR_TAGS,
    ...sideOutputArguments({ narration: 1, subtitles: files.subtitles ? 2 : undefined, chapters: files.subtitles ? 3 : 2 }, timeline.language),
    '-f', 'mp4', files.output,
  ];
}
