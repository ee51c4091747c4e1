import type { VideoTimeline } from './video-timeline';

/** The video's own frame grid: the concat demuxer times images in 1/25 s steps. */
export const FRAME_MS = 40;

/** Quotes a path for an ffconcat `file` line: inside single quotes, a quote is written '\''. */
export function quoteConcatPath(file: string): string {
  return `'${file.replace(/'/g, "'\\''")}'`;
}

function seconds(milliseconds: number): string {
  return (milliseconds / 1000).toFixed(3);
}

/**
 * The concat-demuxer list for `still` mode: each picture once, held for exactly its scene's
 * narration. The demuxer ignores the last entry's duration, so the last picture is listed again
 * one frame before the end; that final frame makes the video stream last as long as the narration.
 */
export function buildConcatList(timeline: VideoTimeline): string {
  const lines = ['ffconcat version 1.0'];
  const scenes = timeline.scenes;
  scenes.forEach((scene, index) => {
    const durationMs = index === scenes.length - 1 ? scene.durationMs - FRAME_MS : scene.durationMs;
    lines.push(`file ${quoteConcatPath(scene.picture)}`, `duration ${seconds(Math.max(durationMs, 1))}`);
  });
  lines.push(`file ${quoteConcatPath(scenes[scenes.length - 1].picture)}`, `duration ${seconds(FRAME_MS)}`);
  return lines.join('\n') + '\n';
}
