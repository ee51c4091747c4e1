import { cameraMove, zoomFor } from './camera-move';
import { fitPictureFilter } from './fit-picture-filter';
import { MOTION_FPS, motionClips, type MotionClip, type TransitionKind } from './motion-clips';
import type { FrameSize } from './video-size';
import type { VideoTimeline } from './video-timeline';

export const MOTION_OUTPUT = 'video';

export interface MotionGraphOptions {
  timeline: VideoTimeline;
  frame: FrameSize;
  /** Filters this ffmpeg has: decides xfade (else through black) and zoompan (else panning crop). */
  filters: { xfade: boolean; zoompan: boolean };
}

/** One clip, from its picture input to its moving frames, labelled `clip<i>`. */
function clipChain(clip: MotionClip, timeline: VideoTimeline, frame: FrameSize, hasZoompan: boolean): string {
  const scene = timeline.scenes[clip.index];
  const move = cameraMove(clip, zoomFor(scene.durationMs), frame, hasZoompan);
  const fit = fitPictureFilter({ input: `${clip.index}:v`, output: `fit${clip.index}`, picture: { width: scene.pictureWidth, height: scene.pictureHeight }, frame: move.fitted });
  return `${fit};[fit${clip.index}]loop=loop=${Math.max(clip.frames, 1) - 1}:size=1:start=0,${move.filter},setsar=1[clip${clip.index}]`;
}

function trim(input: string, start: number, end: number, output: string): string {
  return `[${input}]trim=start_frame=${start}:end_frame=${end},setpts=PTS-STARTPTS[${output}]`;
}

/**
 * Crossfades, cheaply: xfade costs about a millisecond for every frame that passes through it,
 * so chaining whole clips through one xfade per scene grows with the square of the scene count.
 * Instead each clip is cut into head (fading in), body and tail (fading out); each xfade sees
 * only one tail and one head, and concat (nearly free) joins bodies and fades in order. xfade's
 * own timestamps are uneven at the end, so each fade is renumbered and cut to its frame count.
 */
function crossfadeGraph(clips: MotionClip[]): string[] {
  const parts: string[] = [];
  const sequence: string[] = [];
  for (const clip of clips) {
    const pieces: [string, number, number][] = [];
    if (clip.fadeInFrames > 0) pieces.push([`head${clip.index}`, 0, clip.fadeInFrames]);
    if (clip.frames - clip.fadeOutFrames > clip.fadeInFrames) pieces.push([`body${clip.index}`, clip.fadeInFrames, clip.frames - clip.fadeOutFrames]);
    if (clip.fadeOutFrames > 0) pieces.push([`tail${clip.index}`, clip.frames - clip.fadeOutFrames, clip.frames]);
    parts.push(`[clip${clip.index}]split=${pieces.length}${pieces.map(([name]) => `[${name}_in]`).join('')}`);
    for (const [name, start, end] of pieces) parts.push(trim(`${name}_in`, start, end, name));
    if (clip.fadeInFrames > 0) {
      const duration = (clip.fadeInFrames / MOTION_FPS).toFixed(3);
      parts.push(
        `[tail${clip.index - 1}][head${clip.index}]xfade=transition=fade:duration=${duration}:offset=0,` +
          `setpts=N/(${MOTION_FPS}*TB),trim=end_frame=${clip.fadeInFrames}[fade${clip.index}]`,
      );
      sequence.push(`[fade${clip.index}]`);
    }
    if (pieces.some(([name]) => name === `body${clip.index}`)) sequence.push(`[body${clip.index}]`);
  }
  parts.push(`${sequence.join('')}concat=n=${sequence.length}:v=1:a=0[${MOTION_OUTPUT}]`);
  return parts;
}

/** Through black: each clip fades out or in by itself, and the clips simply follow each other. */
function throughBlackGraph(clips: MotionClip[]): string[] {
  const faded = clips.map((clip) => {
    const fades: string[] = [];
    if (clip.fadeInFrames > 0) fades.push(`fade=t=in:start_frame=0:nb_frames=${clip.fadeInFrames}`);
    if (clip.fadeOutFrames > 0) fades.push(`fade=t=out:start_frame=${clip.frames - clip.fadeOutFrames}:nb_frames=${clip.fadeOutFrames}`);
    return `[clip${clip.index}]${fades.length > 0 ? fades.join(',') : 'null'}[faded${clip.index}]`;
  });
  return [...faded, `${clips.map((clip) => `[faded${clip.index}]`).join('')}concat=n=${clips.length}:v=1:a=0[${MOTION_OUTPUT}]`];
}

/**
 * The `motion` filter graph: input i is scene i's picture (one frame). Each picture is fitted
 * once, repeated for its clip's frames and moved by a slow zoom or pan at 25 fps; the clips are
 * joined by crossfades where this ffmpeg has xfade, otherwise by fades through black.
 */
export function buildMotionFilterGraph({ timeline, frame, filters }: MotionGraphOptions): { graph: string; transition: TransitionKind } {
  const transition: TransitionKind = filters.xfade ? 'crossfade' : 'through-black';
  const clips = motionClips(timeline, transition);
  const chains = clips.map((clip) => clipChain(clip, timeline, frame, filters.zoompan));
  if (clips.length === 1) return { graph: [...chains, `[clip0]null[${MOTION_OUTPUT}]`].join(';'), transition };
  const joins = transition === 'crossfade' ? crossfadeGraph(clips) : throughBlackGraph(clips);
  return { graph: [...chains, ...joins].join(';'), transition };
}
