import type { CharacterLook } from '../../../model';
import type { FigureSpec } from './character-figures';
import type { FigurePlacement } from './figure-drawing';
import type { Box } from './icon-symbols';
import type { Random } from '../../../seeded-random';
import { spread } from './shapes';
import { scaleAt, type Stage } from './stage';
import type { WaterArea } from './water';

/**
 * Where the characters stand on one page. The main character lands on either side; with two or
 * more, each turns toward the others, and every other one stands a row further back. Busts are
 * close-ups rising from the bottom edge; faces peek over the setting's cover (a bush, a rock);
 * at sea everyone who cannot swim sits in a boat; flyers hover; swimmers stay in the water.
 */
export interface CastMember {
  id: string;
  spec: FigureSpec;
  look: Pick<CharacterLook, 'palette' | 'item'>;
}

export interface PlacedFigure {
  id: string;
  figure: FigurePlacement;
  /** Draw order: things whose feet are lower on the picture are nearer and drawn later. */
  sortY: number;
  /** Drawn in front of the figure, hiding its lower part. */
  cover?: { icon: string; box: Box };
}

interface LayoutOptions {
  /** Scales every figure of the cast alike. */
  boost?: number;
  cover: string | null;
  water?: WaterArea;
  aspectOf: (icon: string) => number;
}

export function layoutCast(stage: Stage, cast: CastMember[], options: LayoutOptions, random: Random): PlacedFigure[] {
  const { frame } = stage;
  if (cast.length === 0) return [];
  const count = cast.length;
  const landmarkLeft = stage.landmarkSide === 'left';
  const [low, high] = count === 1 ? (landmarkLeft ? [0.5, 0.72] : [0.28, 0.5]) : count === 2 ? (landmarkLeft ? [0.32, 0.9] : [0.1, 0.68]) : [0.08, 0.92];
  const xs = spread(count, frame.width * (high - low), random.next, 0.3).map((x) => x + frame.width * low);
  const flipped = random.chance(0.5);
  // A cast of only small creatures (a hedgehog, a mouse and a snail) is drawn bigger, all alike,
  // so the page is about them; next to a person or an elephant they keep their small size.
  const boost = Math.min(2.2, Math.max(1, 0.7 / Math.max(...cast.map((member) => member.spec.size))));
  const placed = cast.map((member, order) => {
    const slot = flipped ? count - 1 - order : order;
    return placeMember(stage, member, xs[slot], count > 1 && slot % 2 === 1, { ...options, boost }, random);
  });
  makeRoom(placed);
  for (const entry of placed) fitInFrame(entry, frame);
  for (const [index, entry] of placed.entries()) {
    const centre = entry.figure.box.x + entry.figure.box.width / 2;
    const others = placed.filter((_, other) => other !== index).map((other) => other.figure.box.x + other.figure.box.width / 2);
    const target = others.length ? others.reduce((sum, x) => sum + x, 0) / others.length : frame.width / 2;
    entry.figure.faces = target >= centre ? 'right' : 'left';
  }
  return placed;
}

/**
 * A big figure beside a small one can hide it (a dragon beside a girl, in a narrow picture). Shrink
 * both, each about its own feet, until neither covers more than a third of the other.
 */
function makeRoom(placed: PlacedFigure[]): void {
  for (let round = 0; round < 6; round++) {
    let crowded = false;
    for (let first = 0; first < placed.length; first++) {
      for (let second = first + 1; second < placed.length; second++) {
        const [a, b] = [placed[first].figure.box, placed[second].figure.box];
        const overlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        if (overlap > Math.min(a.width, b.width) / 3) {
          crowded = true;
          shrink(placed[first], 0.88);
          shrink(placed[second], 0.88);
        }
      }
    }
    if (!crowded) return;
  }
}

/**
 * Keeps a character whole inside the picture: a giraffe or an elephant wider than most of the
 * frame, or taller than it, is drawn smaller about its feet, and anyone past a side edge steps
 * back in (with their bush or boat). Close-ups rising from the bottom edge keep that edge.
 */
const MOST_OF_THE_WIDTH = 0.72;
const MARGIN = 0.02;

function fitInFrame(entry: PlacedFigure, frame: { width: number; height: number }): void {
  const { box } = entry.figure;
  const closeUp = box.y + box.height > frame.height * 1.01;
  const tooWide = box.width / (frame.width * MOST_OF_THE_WIDTH);
  const tooTall = closeUp ? 1 : (box.y + box.height - frame.height * MARGIN) > 0 ? box.height / (box.y + box.height - frame.height * MARGIN) : 1;
  const factor = 1 / Math.max(1, tooWide, tooTall);
  if (factor < 1) shrink(entry, factor);
  const moved = entry.figure.box;
  const shift = Math.max(0, frame.width * MARGIN - moved.x) - Math.max(0, moved.x + moved.width - frame.width * (1 - MARGIN));
  if (shift === 0) return;
  moved.x += shift;
  if (entry.cover) entry.cover.box.x += shift;
}

function shrink(entry: PlacedFigure, factor: number): void {
  const scaleAbout = (box: Box, centreX: number, bottom: number): Box => ({ x: centreX - (centreX - box.x) * factor, y: bottom - (bottom - box.y) * factor, width: box.width * factor, height: box.height * factor });
  const { box } = entry.figure;
  const centreX = box.x + box.width / 2;
  const bottom = box.y + box.height;
  entry.figure.box = scaleAbout(box, centreX, bottom);
  if (entry.cover) entry.cover.box = scaleAbout(entry.cover.box, centreX, bottom);
}

function placeMember(stage: Stage, member: CastMember, x: number, backRow: boolean, options: LayoutOptions, random: Random): PlacedFigure {
  const { frame } = stage;
  const { spec } = member;
  const boxAspect = spec.face ? 35 / 32 : 1;
  const heightAt = (scale: number) => spec.size * (options.boost ?? 1) * frame.unit * stage.shotScale * scale;
  const boxWithBottom = (height: number, bottom: number): Box => ({ x: x - height / boxAspect / 2, y: bottom - height, width: height / boxAspect, height });
  const result = (box: Box, sortY: number, grounded: boolean, cover?: PlacedFigure['cover']): PlacedFigure => ({
    id: member.id,
    figure: { spec, look: member.look, box, faces: 'right', depth: Math.min(1, Math.max(0, (sortY - stage.groundTop) / (frame.height - stage.groundTop))), grounded },
    sortY,
    cover,
  });
  const footY = backRow ? stage.middleY : stage.frontY;
  const scale = scaleAt(stage, footY);
  if (spec.form === 'flying') {
    const height = heightAt(0.85);
    return result(boxWithBottom(height, frame.height * random.between(0.18, 0.36) + height), frame.height + 1, false);
  }
  if (spec.form === 'swimming' && (options.water || stage.layout === 'sea')) {
    const water = options.water;
    const y = water ? random.between(water.top + (water.bottom - water.top) * 0.45, water.bottom) : footY;
    const span = water?.span(y);
    const centre = span ? Math.max(span[0], Math.min(span[1], x)) : x;
    const height = heightAt(scaleAt(stage, y));
    return result({ ...boxWithBottom(height, y + height * 0.2), x: centre - height / boxAspect / 2 }, y, false);
  }
  if (stage.layout === 'sea') {
    // Out at sea, a character who cannot swim sits in a rowing boat.
    const height = heightAt(spec.form === 'standing' ? scale : scale * 1.1);
    const box = boxWithBottom(height, footY + height * 0.1);
    const boatWidth = box.width * (spec.form === 'standing' ? 2.2 : 1.5);
    const boatHeight = boatWidth * options.aspectOf('canoe');
    const rimY = box.y + box.height * (spec.form === 'standing' ? 0.5 : 0.62);
    // The canoe's rim is 62% of the way down its (cropped) icon.
    return result(box, footY, false, { icon: 'canoe', box: { x: x - boatWidth / 2, y: rimY - boatHeight * 0.62, width: boatWidth, height: boatHeight } });
  }
  if (spec.form === 'bust' || (spec.form === 'peeking' && !options.cover)) {
    // A close-up is not shrunk by a wide shot: it is the nearest thing in the picture.
    const height = spec.size * frame.unit * Math.max(stage.shotScale, 0.95) * 1.15;
    return result(boxWithBottom(height, frame.height + height * 0.04), frame.height, false);
  }
  if (spec.form === 'peeking') {
    const height = heightAt(scale);
    const box = boxWithBottom(height, footY);
    const coverWidth = box.width * 1.35;
    const coverHeight = coverWidth * options.aspectOf(options.cover!);
    return result(box, footY, false, { icon: options.cover!, box: { x: x - coverWidth / 2, y: box.y + box.height * coverTop(spec), width: coverWidth, height: coverHeight } });
  }
  const height = heightAt(scale);
  return result(boxWithBottom(height, footY + height * 0.045), footY, true);
}

/**
 * Where the cover starts on a peeking face, as a share of its box: just above the chin, so the
 * whole face shows (eyes, nose and mouth) and the bush or rock stands for the body it lacks.
 */
export function coverTop(spec: FigureSpec): number {
  const [, top, width, chin] = spec.head;
  return Math.max(0.7, (chin ?? top + width) / 32 - 0.05);
}
