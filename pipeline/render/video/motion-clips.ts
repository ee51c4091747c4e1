import type { VideoTimeline } from './video-timeline';

export const MOTION_FPS = 25;
const FRAME_MS = 1000 / MOTION_FPS;
/** The longest fade between two scenes, and its share of the shorter scene when scenes are short. */
const MAX_FADE_MS = 600;
const FADE_SHARE = 0.3;

/**
 * One scene's stretch of the `motion` video, counted in frames of the output's 25 fps grid.
 * Every boundary is computed from the scene starts themselves (never by adding up clip lengths),
 * so rounding never accumulates: each fade ends on the frame where its scene's narration starts.
 */
export interface MotionClip {
  index: number;
  /** First output frame the clip is seen in (fading in, when it fades). */
  firstFrame: number;
  /** How many frames the clip is drawn for. */
  frames: number;
  /** Frames of fade into this clip (0 for the first); the fade ends at the scene's start. */
  fadeInFrames: number;
  /** Frames of fade out of this clip (0 for the last). */
  fadeOutFrames: number;
}

export type TransitionKind = 'crossfade' | 'through-black';

function toFrame(milliseconds: number): number {
  return Math.round(milliseconds / FRAME_MS);
}

/** Frames of the fade into each scene; scene 0 has none. */
function fadeFrames(timeline: VideoTimeline): number[] {
  return timeline.scenes.map((scene, index) => {
    if (index === 0) return 0;
    const shorter = Math.min(scene.durationMs, timeline.scenes[index - 1].durationMs);
    return Math.max(1, toFrame(Math.min(MAX_FADE_MS, shorter * FADE_SHARE)));
  });
}

/**
 * Crossfade: scene k's clip starts `fade` frames before its start, overlapping the previous
 * clip, which runs until scene k starts. Through black: the fade is split, the previous picture
 * fades out during its first half and scene k fades in during the second, with no overlap.
 */
export function motionClips(timeline: VideoTimeline, kind: TransitionKind): MotionClip[] {
  const fades = fadeFrames(timeline);
  const starts = timeline.scenes.map((scene) => toFrame(scene.startMs));
  const lastFrame = toFrame(timeline.totalMs);
  const count = timeline.scenes.length;
  if (kind === 'crossfade') {
    return timeline.scenes.map((_, index) => {
      const firstFrame = starts[index] - fades[index];
      const endFrame = index + 1 < count ? starts[index + 1] : lastFrame;
      return { index, firstFrame, frames: endFrame - firstFrame, fadeInFrames: fades[index], fadeOutFrames: index + 1 < count ? fades[index + 1] : 0 };
    });
  }
  const fadeIn = fades.map((frames) => Math.ceil(frames / 2));
  const fadeOut = fades.map((frames, index) => frames - fadeIn[index]);
  const cuts = starts.map((start, index) => start - fadeIn[index]);
  return timeline.scenes.map((_, index) => {
    const endFrame = index + 1 < count ? cuts[index + 1] : lastFrame;
    return { index, firstFrame: cuts[index], frames: endFrame - cuts[index], fadeInFrames: fadeIn[index], fadeOutFrames: index + 1 < count ? fadeOut[index + 1] : 0 };
  });
}
