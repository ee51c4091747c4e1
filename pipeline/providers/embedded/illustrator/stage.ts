import type { Frame } from './draw-context';
import type { Random } from '../../../seeded-random';
import type { SettingLayout } from './setting-scenery';

/**
 * Where things can stand in a picture: the frame with its horizon, the top of the walkable ground
 * (below a beach's strip of sea, a ship's rail, a room's wall), the rows figures stand in, and the
 * shot (wide, medium, close), which scales everyone. All of it varies from page to page.
 */
export type Shot = 'wide' | 'medium' | 'close';

export interface Stage {
  frame: Frame;
  layout: SettingLayout;
  groundTop: number;
  /** Feet of the front row, a little above the bottom edge. */
  frontY: number;
  /** Feet of the middle row. */
  middleY: number;
  shot: Shot;
  shotScale: number;
  /** The side of the picture the landmark stands on; the sun or moon takes the other. */
  landmarkSide: 'left' | 'right';
}

const HORIZONS: Record<SettingLayout, [number, number]> = {
  land: [0.46, 0.6],
  sea: [0.42, 0.52],
  ship: [0.4, 0.48],
  room: [0.58, 0.68],
  cave: [0.6, 0.68],
  sky: [0.74, 0.8],
  space: [0.68, 0.76],
};

const SHOT_SCALES: Record<Shot, number> = { wide: 0.82, medium: 0.96, close: 1.1 };

export function planStage(size: { width: number; height: number }, layout: SettingLayout, castSize: number, hasSeaStrip: boolean, random: Random): Stage {
  const shot: Shot = castSize >= 4 ? 'wide' : random.pick(['wide', 'medium', 'medium', 'close'] as const);
  const [low, high] = HORIZONS[layout];
  // A wide shot shows more land and sky, so its horizon sits a little higher.
  const horizon = size.height * (random.between(low, high) - (shot === 'wide' ? 0.03 : 0));
  // Portrait pictures are narrow: figures a bit smaller so two still fit side by side.
  const unit = size.height * 0.55 * Math.min(1, (size.width / size.height) * 1.1);
  const frame = { ...size, horizon, unit };
  let groundTop = horizon;
  if (hasSeaStrip) groundTop = horizon + size.height * 0.16;
  if (layout === 'ship') groundTop = horizon + size.height * 0.2;
  const frontY = size.height * random.between(0.93, 0.97);
  const middleY = groundTop + (frontY - groundTop) * random.between(0.4, 0.55);
  return { frame, layout, groundTop, frontY, middleY, shot, shotScale: SHOT_SCALES[shot], landmarkSide: random.chance(0.5) ? 'left' : 'right' };
}

/** How big something whose feet are at `y` is drawn: small at the horizon, full size at the bottom edge. Rooms are shallow. */
export function scaleAt(stage: Stage, y: number): number {
  const { height } = stage.frame;
  const depth = Math.max(0, Math.min(1, (y - stage.groundTop) / (height - stage.groundTop)));
  const far = stage.layout === 'room' || stage.layout === 'cave' ? 0.62 : 0.35;
  return far + (1 - far) * depth;
}
