import type { PlacedFigure } from './cast-layout';
import type { ObjectSpec } from './object-drawings';
import type { Box } from './icon-symbols';
import { iconAt, overlaps, type AspectOf, type PlacedIcon } from './prop-layout';
import type { Random } from '../../../seeded-random';
import { scaleAt, type Stage } from './stage';
import type { WaterArea } from './water';

/**
 * Where the scene's objects go. Things one carries are handed to the characters in turn and held
 * on the side they face; things on the ground sit at someone's feet; big props stand in the middle
 * distance away from the cast; sky things fly; boats float wherever there is water.
 */
export interface SceneObject {
  key: string;
  spec: ObjectSpec;
}

export interface ObjectSurroundings {
  water?: WaterArea;
  /** Sky already taken (a planet, a rainbow), for sky things to keep clear of. */
  skyTaken: Box[];
  landmark?: PlacedIcon;
  /** Indoors, where the sky shows: sky things (the moon, a kite) are seen through it. */
  window?: Box;
}

export function layoutObjects(stage: Stage, objects: SceneObject[], figures: PlacedFigure[], surroundings: ObjectSurroundings, aspectOf: AspectOf, random: Random): (PlacedIcon & { key: string })[] {
  const { water, skyTaken, landmark, window } = surroundings;
  const { frame } = stage;
  // People hold things before animals do (a cat with a teapot looks odd); then in cast order.
  const holds = (entry: PlacedFigure) => entry.figure.spec.form !== 'flying' && entry.figure.spec.form !== 'swimming';
  const isPerson = (entry: PlacedFigure) => entry.figure.spec.face !== undefined || entry.figure.spec.form === 'bust';
  const people = figures.filter((entry) => holds(entry) && isPerson(entry));
  const holders = [...people, ...figures.filter((entry) => holds(entry) && !isPerson(entry))];
  let nextHolder = 0;
  let nextHand = 0;
  const taken: number[] = figures.map((entry) => entry.figure.box.x + entry.figure.box.width / 2);
  // Big props keep clear of the landmark too (no well on the bed).
  if (landmark && landmark.sortY >= 0) taken.push(landmark.box.x + landmark.box.width * 0.25, landmark.box.x + landmark.box.width * 0.75);
  return objects.map(({ key, spec }) => {
    const height = (scale: number) => spec.size * frame.unit * stage.shotScale * scale;
    const place = (): PlacedIcon => {
      if ((spec.place === 'held' || spec.place === 'ground') && holders.length > 0) {
        const holder = spec.place === 'held' && people.length > 0 ? people[nextHand++ % people.length] : holders[nextHolder++ % holders.length];
        const { box, faces } = holder.figure;
        const direction = faces === 'right' ? 1 : -1;
        const scale = holder.sortY >= frame.height ? 1 : scaleAt(stage, holder.sortY);
        if (spec.place === 'held') {
          // Chibi hands hang just beside the body; a close-up holds things low in front.
          const closeUp = holder.sortY >= frame.height || holder.figure.spec.form !== 'standing';
          const iconHeight = height(scale);
          const iconWidth = iconHeight / aspectOf(spec.icon);
          const handX = box.x + box.width / 2 + direction * (closeUp ? box.width * 0.4 : box.width * 0.17 + iconWidth * 0.3);
          const handY = box.y + box.height * (closeUp ? 0.8 : 0.5);
          return { ...iconAt(stage, spec.icon, handX, handY + iconHeight * 0.55, iconHeight, aspectOf), sortY: holder.sortY + 0.5 };
        }
        const footY = Math.min(holder.sortY, stage.frontY) + frame.height * 0.01;
        return iconAt(stage, spec.icon, box.x + box.width / 2 - direction * box.width * 0.55, footY, height(scaleAt(stage, footY)), aspectOf);
      }
      if (spec.place === 'sky' && window) {
        const side = Math.min(window.width, window.height) * 0.3;
        const iconHeight = side * Math.min(1, aspectOf(spec.icon));
        return { ...iconAt(stage, spec.icon, window.x + window.width * random.between(0.35, 0.65), window.y + window.height * random.between(0.4, 0.6) + iconHeight / 2, iconHeight, aspectOf), sortY: -1, depth: 0 };
      }
      if (spec.place === 'sky') {
        // Up in the sky, keep clear of the landmark (a planet, a rainbow) and of each other.
        const iconHeight = height(0.8);
        let spot = iconAt(stage, spec.icon, frame.width / 2, iconHeight, iconHeight, aspectOf);
        for (let attempt = 0; attempt < 10; attempt++) {
          spot = iconAt(stage, spec.icon, frame.width * random.between(0.1, 0.9), frame.horizon * random.between(0.1, 0.45) + iconHeight, iconHeight, aspectOf, random.chance(0.5));
          if (!skyTaken.some((box) => overlaps(box, spot.box))) break;
        }
        skyTaken.push(spot.box);
        return { ...spot, sortY: -1, depth: 0 };
      }
      if (spec.place === 'water' && (water || stage.layout === 'sea' || stage.layout === 'ship' || stage.layout === 'land')) {
        const waterPlace = floatingSpot(stage, water, random);
        if (waterPlace) return iconAt(stage, spec.icon, waterPlace.x, waterPlace.y, height(scaleAt(stage, waterPlace.y)), aspectOf, random.chance(0.5));
      }
      // Big props (and anything with nobody to hold it) stand where the cast is not.
      const footY = spec.place === 'large' ? stage.middleY - (stage.middleY - stage.groundTop) * random.between(0.1, 0.5) : stage.frontY - frame.height * random.between(0, 0.1);
      const x = freeSpot(frame.width, taken, random);
      taken.push(x);
      return iconAt(stage, spec.icon, x, footY, height(scaleAt(stage, footY)), aspectOf, random.chance(0.4));
    };
    return { ...place(), key };
  });
}

/** Somewhere on the water: the river or lake, the open sea, or the sea beyond a ship's rail. */
function floatingSpot(stage: Stage, water: WaterArea | undefined, random: Random): { x: number; y: number } | null {
  const { frame } = stage;
  if (water) {
    const y = random.between(water.top + (water.bottom - water.top) * 0.3, water.bottom - (water.bottom - water.top) * 0.1);
    const span = water.span(y);
    return span ? { x: random.between(span[0], span[1]), y } : null;
  }
  if (stage.layout === 'sea') return { x: frame.width * random.between(0.15, 0.85), y: random.between(frame.horizon + frame.height * 0.05, stage.middleY) };
  if (stage.layout === 'ship' || stage.groundTop > frame.horizon + 10) return { x: frame.width * random.between(0.2, 0.8), y: frame.horizon + (stage.groundTop - frame.horizon) * 0.5 };
  return null;
}

/** The x among a few candidates that is farthest from everything already standing there. */
function freeSpot(width: number, taken: number[], random: Random): number {
  let best = width / 2;
  let bestDistance = -1;
  for (let attempt = 0; attempt < 8; attempt++) {
    const x = width * random.between(0.1, 0.9);
    const distance = taken.length ? Math.min(...taken.map((other) => Math.abs(other - x))) : width;
    if (distance > bestDistance) {
      best = x;
      bestDistance = distance;
    }
  }
  return best;
}
