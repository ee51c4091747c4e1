import { mix } from './colour';
import { landColour, type DrawContext } from './draw-context';
import { groundColours, isSnowy } from './ground-colours';
import { lit } from './lighting';
import type { GroundKind, HorizonKind } from './setting-scenery';
import { ridge, spread, type Point } from './shapes';
import { round } from './svg-defs';

/**
 * The shapes along the horizon, far to near: hills, mountains, a line of trees, a hedge, a city
 * skyline, dunes, the sea. Far layers are hazed toward the sky's horizon colour, as real distance is.
 */
export interface HorizonLayer {
  kind: HorizonKind;
  /** 0 for the farthest layer. */
  index: number;
  count: number;
  ground: GroundKind;
}

export function drawHorizonLayer(context: DrawContext, layer: HorizonLayer): string {
  const { frame } = context;
  const random = context.random(`horizon-${layer.index}`);
  const nearness = layer.count === 1 ? 0.6 : layer.index / (layer.count - 1);
  const haze = 0.5 - 0.35 * nearness;
  const skyHorizon = context.lighting.sky[context.lighting.sky.length - 1][1];
  const colour = (daylight: string, depth = nearness * 0.3) => landColour(context, mix(daylight, skyHorizon, haze), depth);
  const snowy = isSnowy(layer.ground, context.season);
  const base = frame.horizon + 2;
  const height = frame.height;
  switch (layer.kind) {
    case 'hills': {
      const ground = groundColours(layer.ground === 'field' || layer.ground === 'rock' ? 'grass' : layer.ground, context.season);
      const amplitude = height * (0.1 - 0.04 * nearness);
      const points: Point[] = spread(6, frame.width * 1.2, random.next, 0.5).map((x) => [x - frame.width * 0.1, base - amplitude * (0.3 + 0.7 * random.next())]);
      const daylight = mix(ground.far, ground.near, 0.3 + 0.4 * nearness);
      return `<path d="${ridge(points, base + 4)}" fill="${context.kit.paint(context.defs, colour(mix(daylight, '#ffffff', 0.1)), colour(daylight))}"/>`;
    }
    case 'dunes': {
      const amplitude = height * (0.12 - 0.05 * nearness);
      const points: Point[] = spread(4, frame.width * 1.3, random.next, 0.4).map((x) => [x - frame.width * 0.15, base - amplitude * (0.2 + 0.8 * random.next())]);
      const sand = mix('#f3cf86', '#d9a55a', nearness);
      return `<path d="${ridge(points, base + 4)}" fill="${context.kit.paint(context.defs, colour('#fbe3a8'), colour(sand))}"/>`;
    }
    case 'mountains':
      return drawMountains(context, colour, base, nearness, snowy || nearness < 0.5);
    case 'treeline':
      return drawTreeline(context, colour, base, nearness, snowy);
    case 'hedge': {
      const radius = height * 0.05;
      const bumps = spread(Math.ceil(frame.width / (radius * 1.5)), frame.width, random.next, 0.3)
        .map((x) => `<circle cx="${round(x)}" cy="${round(base - radius * (0.8 + 0.4 * random.next()))}" r="${round(radius * (0.9 + 0.3 * random.next()))}"/>`).join('');
      return `<g fill="${colour('#3f8f45', 0.3)}">${bumps}<rect x="0" y="${round(base - radius)}" width="${frame.width}" height="${round(radius + 4)}"/></g>`;
    }
    case 'skyline':
      return drawSkyline(context, colour, base, nearness);
    case 'fence': {
      const postHeight = height * 0.07;
      const footY = base + height * 0.035;
      const gap = postHeight * 0.7;
      let posts = '';
      for (let x = random.between(0, gap); x < frame.width; x += gap) posts += `<path d="M${round(x - gap * 0.16)} ${round(footY)}V${round(footY - postHeight * 0.85)}L${round(x)} ${round(footY - postHeight)}L${round(x + gap * 0.16)} ${round(footY - postHeight * 0.85)}V${round(footY)}Z"/>`;
      const rails = `<rect x="0" y="${round(footY - postHeight * 0.75)}" width="${frame.width}" height="${round(postHeight * 0.1)}"/><rect x="0" y="${round(footY - postHeight * 0.35)}" width="${frame.width}" height="${round(postHeight * 0.1)}"/>`;
      return `<g fill="${colour('#d9b48a', 0.4)}">${rails}${posts}</g>`;
    }
    case 'sea': {
      const seaBottom = frame.horizon + frame.height * 0.16;
      return `<rect x="0" y="${round(frame.horizon)}" width="${frame.width}" height="${round(seaBottom - frame.horizon + 2)}" fill="${context.kit.paint(context.defs, colour('#7cc6e8', 0), colour('#3d8fc4', 0.1))}"/>`;
    }
  }
}

function drawMountains(context: DrawContext, colour: (daylight: string, depth?: number) => string, base: number, nearness: number, snowCaps: boolean): string {
  const { frame } = context;
  const random = context.random(`mountains-${nearness}`);
  const peaks = spread(3 + random.integer(0, 2), frame.width * 1.2, random.next, 0.5).map((x) => x - frame.width * 0.1);
  let markup = '';
  for (const peakX of peaks) {
    const rise = frame.height * (0.16 + 0.16 * random.next()) * (1 - 0.3 * nearness);
    const halfWidth = rise * (1.1 + 0.5 * random.next());
    const top: Point = [peakX, base - rise];
    const body = `M${round(peakX - halfWidth)} ${round(base)}L${round(top[0] - rise * 0.06)} ${round(top[1] + rise * 0.04)}Q${round(top[0])} ${round(top[1] - rise * 0.03)} ${round(top[0] + rise * 0.06)} ${round(top[1] + rise * 0.04)}L${round(peakX + halfWidth)} ${round(base)}Z`;
    markup += `<path d="${body}" fill="${context.kit.paint(context.defs, colour('#9aa6c8'), colour('#6f7aa3'))}"/>`;
    if (snowCaps) {
      const capDrop = rise * 0.28;
      const slope = halfWidth / rise;
      const left = peakX - capDrop * slope;
      const right = peakX + capDrop * slope;
      const y = top[1] + capDrop;
      markup += `<path d="M${round(left)} ${round(y)}L${round(peakX - rise * 0.06)} ${round(top[1] + rise * 0.04)}Q${round(peakX)} ${round(top[1] - rise * 0.03)} ${round(peakX + rise * 0.06)} ${round(top[1] + rise * 0.04)}L${round(right)} ${round(y)}L${round(peakX + capDrop * slope * 0.4)} ${round(y - capDrop * 0.25)}L${round(peakX)} ${round(y + capDrop * 0.1)}L${round(peakX - capDrop * slope * 0.45)} ${round(y - capDrop * 0.2)}Z" fill="${colour('#ffffff')}"/>`;
    }
  }
  return markup;
}

function drawTreeline(context: DrawContext, colour: (daylight: string, depth?: number) => string, base: number, nearness: number, snowy: boolean): string {
  const { frame } = context;
  const random = context.random(`treeline-${nearness}`);
  const treeHeight = frame.height * (0.1 + 0.06 * nearness);
  const count = Math.ceil(frame.width / (treeHeight * 0.42));
  const green = mix('#3d7d4a', '#24583a', nearness);
  let trees = '';
  let caps = '';
  for (const x of spread(count, frame.width * 1.05, random.next, 0.7)) {
    const height = treeHeight * (0.7 + 0.5 * random.next());
    const halfWidth = height * 0.3;
    const top = base - height;
    trees += random.chance(0.7)
      ? `<path d="M${round(x - halfWidth)} ${round(base)}L${round(x)} ${round(top)}L${round(x + halfWidth)} ${round(base)}Z"/>`
      : `<ellipse cx="${round(x)}" cy="${round(base - height * 0.5)}" rx="${round(halfWidth * 1.1)}" ry="${round(height * 0.5)}"/>`;
    if (snowy) caps += `<path d="M${round(x - halfWidth * 0.35)} ${round(top + height * 0.35)}L${round(x)} ${round(top)}L${round(x + halfWidth * 0.35)} ${round(top + height * 0.35)}Z"/>`;
  }
  const fill = colour(green, 0.2 + 0.3 * nearness);
  return `<g fill="${fill}">${trees}<rect x="0" y="${round(base - treeHeight * 0.2)}" width="${frame.width}" height="${round(treeHeight * 0.2 + 4)}"/></g>${caps ? `<g fill="${colour('#ffffff')}">${caps}</g>` : ''}`;
}

function drawSkyline(context: DrawContext, colour: (daylight: string, depth?: number) => string, base: number, nearness: number): string {
  const { frame } = context;
  const random = context.random(`skyline-${nearness}`);
  const night = context.lighting.time === 'night' || context.lighting.time === 'dusk';
  let blocks = '';
  let windows = '';
  let x = -random.between(0, 30);
  while (x < frame.width) {
    const width = frame.width * random.between(0.06, 0.12);
    const height = frame.height * random.between(0.1, 0.3);
    blocks += `<rect x="${round(x)}" y="${round(base - height)}" width="${round(width - 3)}" height="${round(height + 4)}"/>`;
    const size = width / 7;
    for (let row = base - height + size * 1.5; row < base - size * 2; row += size * 2.2) {
      for (let column = x + size; column < x + width - size * 1.5; column += size * 2) {
        if (!night || random.chance(0.55)) windows += `<rect x="${round(column)}" y="${round(row)}" width="${round(size)}" height="${round(size * 1.2)}"/>`;
      }
    }
    x += width;
  }
  const windowColour = night ? '#ffd66b' : lit('#dcecff', context.lighting.land);
  return `<g fill="${colour('#8f9bb8', 0.2)}">${blocks}</g><g fill="${context.kit.style === 'silhouette' ? '#ffd66b' : windowColour}" opacity="${night ? 0.9 : 0.6}">${windows}</g>`;
}
