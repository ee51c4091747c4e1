import type { Box } from './icon-symbols';
import type { Random } from '../../../seeded-random';
import type { Scatter, SettingScenery } from './setting-scenery';
import { scaleAt, type Stage } from './stage';

/**
 * Where the setting's landmark and scattered decorations go. The landmark stands in the distance
 * on one side (or floats in the sky in the sky and in space); decorations line the horizon, frame
 * the sides, dot the ground or hang on a room's wall, never over the room's window.
 */
export interface PlacedIcon {
  icon: string;
  box: Box;
  mirror: boolean;
  /** Stands on a shelf, which is drawn under it. */
  shelf?: boolean;
  /** Draw order, as for figures: lower feet are nearer. Sky things use -1. */
  sortY: number;
  depth: number;
}

export type AspectOf = (icon: string) => number;

export function iconAt(stage: Stage, icon: string, centreX: number, footY: number, height: number, aspectOf: AspectOf, mirror = false): PlacedIcon {
  const width = height / aspectOf(icon);
  const depth = Math.max(0, Math.min(1, (footY - stage.groundTop) / (stage.frame.height - stage.groundTop)));
  return { icon, box: { x: centreX - width / 2, y: footY - height * 0.94, width, height }, mirror, sortY: footY, depth };
}

export function layoutLandmark(stage: Stage, scenery: SettingScenery, aspectOf: AspectOf, random: Random): PlacedIcon {
  const { frame } = stage;
  const icon = random.pick(scenery.landmarks);
  const left = stage.landmarkSide === 'left';
  const x = frame.width * (left ? random.between(0.14, 0.28) : random.between(0.72, 0.86));
  if (scenery.layout === 'sky' || scenery.layout === 'space') {
    const height = scenery.landmarkSize * frame.unit * random.between(0.7, 1);
    return { ...iconAt(stage, icon, x, frame.height * random.between(0.22, 0.42) + height / 2, height, aspectOf), sortY: -1 };
  }
  if (scenery.layout === 'ship') {
    const height = frame.height * 1.05;
    return iconAt(stage, icon, left ? frame.width * 0.08 : frame.width * 0.92, frame.height * 1.02, height, aspectOf);
  }
  const footY = scenery.layout === 'sea' ? frame.horizon + frame.height * 0.02 : stage.groundTop + (stage.frontY - stage.groundTop) * random.between(0.04, 0.16);
  const height = scenery.landmarkSize * frame.unit * scaleAt(stage, footY) * (stage.shot === 'wide' ? 1.1 : 1);
  return iconAt(stage, icon, x, footY, height, aspectOf, random.chance(0.3));
}

export function layoutScatter(stage: Stage, scenery: SettingScenery, keepClear: Box[], aspectOf: AspectOf, random: Random): PlacedIcon[] {
  const placed: PlacedIcon[] = [];
  for (const scatter of scenery.scatter) {
    const count = random.integer(scatter.count[0], scatter.count[1]);
    for (let index = 0; index < count; index++) {
      const icon = random.pick(scatter.icons);
      for (let attempt = 0; attempt < 6; attempt++) {
        const candidate = placeOne(stage, scatter, icon, index, count, aspectOf, random);
        if (!keepClear.some((box) => overlaps(box, candidate.box))) {
          placed.push(candidate);
          break;
        }
      }
    }
  }
  return placed;
}

function placeOne(stage: Stage, scatter: Scatter, icon: string, index: number, count: number, aspectOf: AspectOf, random: Random): PlacedIcon {
  const { frame } = stage;
  const size = random.between(scatter.size[0], scatter.size[1]) * frame.unit;
  const depthY = (low: number, high: number) => stage.groundTop + (stage.frontY - stage.groundTop) * random.between(low, high);
  switch (scatter.where) {
    case 'far': {
      const footY = depthY(0.01, 0.08);
      return iconAt(stage, icon, frame.width * ((index + random.next()) / count), footY, size * scaleAt(stage, footY), aspectOf, random.chance(0.5));
    }
    case 'sides': {
      const left = index % 2 === 0;
      const footY = depthY(0.08, 0.42);
      const x = left ? frame.width * random.between(-0.02, 0.12) : frame.width * random.between(0.88, 1.02);
      return iconAt(stage, icon, x, footY, size * scaleAt(stage, footY), aspectOf, random.chance(0.5));
    }
    case 'ground': {
      const footY = depthY(0.2, 1);
      return iconAt(stage, icon, frame.width * random.between(0.04, 0.96), footY, size * scaleAt(stage, footY), aspectOf, random.chance(0.5));
    }
    case 'wall': {
      if (stage.layout === 'ship') return iconAt(stage, icon, frame.width * random.between(0.3, 0.7), stage.groundTop - frame.height * 0.03, size, aspectOf);
      const top = frame.horizon * random.between(0.15, 0.45);
      return { ...iconAt(stage, icon, frame.width * random.between(0.1, 0.9), top + size, size, aspectOf), sortY: -1, depth: 0 };
    }
    case 'shelf': {
      const footY = frame.horizon * 0.42;
      const x = frame.width * (0.12 + 0.76 * ((index + random.between(0.2, 0.8)) / count));
      return { ...iconAt(stage, icon, x, footY, size, aspectOf), sortY: -1, depth: 0, shelf: true };
    }
    case 'sky': {
      const top = frame.horizon * random.between(0.05, 0.5);
      return { ...iconAt(stage, icon, frame.width * random.between(0.05, 0.95), top + size, size, aspectOf, random.chance(0.5)), sortY: -1, depth: 0 };
    }
  }
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The decorations that do not sit on a character: a potted plant or a flower drawn over a cat
 * reads as a plant on its back, so small ground things that overlap someone are left out. Sky and
 * wall things, and big framing trees, stay.
 */
export function keepOffFigures(icons: PlacedIcon[], figures: Box[]): PlacedIcon[] {
  const area = (box: Box) => box.width * box.height;
  const shared = (a: Box, b: Box) => Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  return icons.filter((icon) => icon.sortY < 0 || !figures.some((figure) => area(icon.box) < area(figure) * 0.5 && shared(icon.box, figure) > area(icon.box) * 0.15));
}
