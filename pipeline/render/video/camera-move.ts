import { MOTION_FPS, type MotionClip } from './motion-clips';
import type { FrameSize } from './video-size';

/** How far the camera zooms over a whole scene at most, and per second when scenes are short. */
const MAX_ZOOM = 0.12;
const ZOOM_PER_SECOND = 0.015;
const MOVES = ['zoom-in', 'pan-right', 'zoom-out', 'pan-left'] as const;

function even(value: number): number {
  return Math.round(value / 2) * 2;
}

/** A slow scene zooms less: about 1.5% a second, at most 12% over the scene. */
export function zoomFor(durationMs: number): number {
  return Number(Math.min(MAX_ZOOM, (ZOOM_PER_SECOND * durationMs) / 1000).toFixed(4));
}

/**
 * How one clip moves, taking turns: zoom in, pan right, zoom out, pan left. Zooms use zoompan (a
 * fresh scale each frame); pans need no scaling at all: the picture is fitted once a little
 * larger and a frame-sized window slides across it, which costs next to nothing per frame.
 * Without zoompan, zooms become pans too. `fitted` is the size to fit the picture to first.
 */
export function cameraMove(clip: MotionClip, zoom: number, frame: FrameSize, hasZoompan: boolean): { fitted: FrameSize; filter: string } {
  const move = MOVES[clip.index % MOVES.length];
  const last = Math.max(clip.frames - 1, 1);
  if (hasZoompan && (move === 'zoom-in' || move === 'zoom-out')) {
    const progress = move === 'zoom-in' ? `min(on/${last},1)` : `(1-min(on/${last},1))`;
    return {
      fitted: frame,
      filter: `zoompan=z='1+${zoom}*${progress}':x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2':d=1:s=${frame.width}x${frame.height}:fps=${MOTION_FPS}`,
    };
  }
  const rightwards = move === 'zoom-in' || move === 'pan-right';
  const progress = rightwards ? `min(n/${last},1)` : `(1-min(n/${last},1))`;
  return {
    fitted: { width: even(frame.width * (1 + zoom)), height: even(frame.height * (1 + zoom)) },
    filter: `setpts=N/(${MOTION_FPS}*TB),crop=${frame.width}:${frame.height}:x='(iw-ow)*${progress}':y='(ih-oh)/2',fps=${MOTION_FPS}`,
  };
}
