import { fitPictureFilter } from './fit-picture-filter';
import { MOTION_FPS, motionClips, type MotionClip, type TransitionKind } from './motion-clips';
import type { FrameSize } from './video-size';
import type { VideoTimeline } from './video-timeline';

export const MOTION_OUTPUT = 'video';
/** How far the camera zooms over a whole scene at most, and per second when scenes are short. */
const MAX_ZOOM = 0.12;
const ZOOM_PER_SECOND = 0.015;
const MOVES = ['zoom-in', 'pan-right', 'zoom-out', 'pan-left'] as const;

export interface MotionGraphOptions {
  timeline: VideoTimeline;
  frame: FrameSize;
  /** Filters this ffmpeg has: decides xfade (else through black) and zoompan (else panning crop). */
  filters: { xfade: boolean; zoompan: boolean };
}

function seconds(frames: number): string {
  return (frames / MOTION_FPS).toFixed(3);
}

function even(value: number): number {
  return Math.round(value / 2) * 2;
}

/** zoompan expressions for one move; `p` runs from 0 to 1 over the clip. */
function zoompanMove(clip: MotionClip, zoom: number, frame: FrameSize): string {
  const move = MOVES[clip.index % MOVES.length];
  const progress = `min(on/${Math.max(clip.frames - 1, 1)},1)`;
  const z = move === 'zoom-in' ? `1+${zoom}*${progress}` : move === 'zoom-out' ? `1+${zoom}*(1-${progress})` : `${1 + zoom}`;
  const x = move === 'pan-right' ? `(iw-iw/zoom)*${progress}` : move === 'pan-left' ? `(iw-iw/zoom)*(1-${progress})` : '(iw-iw/zoom)/2';
  return `zoompan=z='${z}':x='${x}':y='(ih-ih/zoom)/2':d=1:s=${frame.width}x${frame.height}:fps=${MOTION_FPS}`;
}

/** Without zoompan: the picture is fitted a little larger and a frame-sized window pans across it. */
function cropMove(clip: MotionClip, frame: FrameSize): string {
  const progress = `min(n/${Math.max(clip.frames - 1, 1)},1)`;
  const x = clip.index % 2 === 0 ? `(iw-ow)*${progress}` : `(iw-ow)*(1-${progress})`;
  return `setpts=N/(${MOTION_FPS}*TB),crop=${frame.width}:${frame.height}:x='${x}':y='(ih-oh)/2'`;
}

function fades(clip: MotionClip, kind: TransitionKind): string {
  if (kind === 'crossfade') return '';
  const parts: string[] = [];
  if (clip.fadeInFrames > 0) parts.push(`,fade=t=in:start_frame=0:nb_frames=${clip.fadeInFrames}`);
  if (clip.fadeOutFrames > 0) parts.push(`,fade=t=out:start_frame=${clip.frames - clip.fadeOutFrames}:nb_frames=${clip.fadeOutFrames}`);
  return parts.join('');
}

/**
 * The `motion` filter graph: input i is scene i's picture (one frame). Each picture is fitted
 * once, repeated for its clip's frames, moved by a slow zoom or pan at 25 fps, and the clips are
 * joined with xfade where this ffmpeg has it, otherwise with a fade through black and concat.
 */
export function buildMotionFilterGraph({ timeline, frame, filters }: MotionGraphOptions): { graph: string; transition: TransitionKind } {
  const transition: TransitionKind = filters.xfade ? 'crossfade' : 'through-black';
  const clips = motionClips(timeline, transition);
  const chains = clips.map((clip) => {
    const scene = timeline.scenes[clip.index];
    const zoom = Math.min(MAX_ZOOM, (ZOOM_PER_SECOND * scene.durationMs) / 1000);
    const fitted = filters.zoompan ? frame : { width: even(frame.width * (1 + zoom)), height: even(frame.height * (1 + zoom)) };
    const fit = fitPictureFilter({ input: `${clip.index}:v`, output: `fit${clip.index}`, picture: { width: scene.pictureWidth, height: scene.pictureHeight }, frame: fitted });
    const frames = Math.max(clip.frames, 1);
    const move = filters.zoompan ? zoompanMove(clip, Number(zoom.toFixed(4)), frame) : cropMove(clip, frame);
    return `${fit};[fit${clip.index}]loop=loop=${frames - 1}:size=1:start=0,${move},setsar=1${fades(clip, transition)}[clip${clip.index}]`;
  });
  if (clips.length === 1) return { graph: [...chains, `[clip0]null[${MOTION_OUTPUT}]`].join(';'), transition };
  if (transition === 'through-black') {
    const inputs = clips.map((clip) => `[clip${clip.index}]`).join('');
    return { graph: [...chains, `${inputs}concat=n=${clips.length}:v=1:a=0[${MOTION_OUTPUT}]`].join(';'), transition };
  }
  const joins = clips.slice(1).map((clip, position) => {
    const previous = position === 0 ? '[clip0]' : `[joined${position}]`;
    const output = clip.index === clips.length - 1 ? MOTION_OUTPUT : `joined${clip.index}`;
    return `${previous}[clip${clip.index}]xfade=transition=fade:duration=${seconds(clip.fadeInFrames)}:offset=${seconds(clip.firstFrame)}[${output}]`;
  });
  return { graph: [...chains, ...joins].join(';'), transition };
}
