import { landColour, type DrawContext } from './draw-context';
import type { WaterKind } from './setting-scenery';
import { pt, smoothThrough, type Point } from './shapes';
import { round } from './svg-defs';

/**
 * A river winding from the horizon to the front, or a lake lying across the middle distance. It
 * returns where the water is at each height, so swimmers and boats can be put in it.
 */
export interface WaterArea {
  markup: string;
  /** The water's left and right edge at height y, or null where there is none. */
  span(y: number): [number, number] | null;
  top: number;
  bottom: number;
}

export function drawWater(context: DrawContext, kind: WaterKind): WaterArea {
  return kind === 'river' ? drawRiver(context) : drawLake(context);
}

function waterFill(context: DrawContext): string {
  return context.kit.paint(context.defs, landColour(context, '#8fd3f0', 0.4), landColour(context, '#3a8fc8', 0.9));
}

function drawRiver(context: DrawContext): WaterArea {
  const { frame } = context;
  const random = context.random('river');
  const fromLeft = random.chance(0.5);
  const startX = frame.width * (fromLeft ? random.between(0.15, 0.35) : random.between(0.65, 0.85));
  const endX = frame.width * (fromLeft ? random.between(0.55, 0.75) : random.between(0.25, 0.45));
  const top = frame.horizon;
  const bottom = frame.height;
  const centre = (t: number) => startX + (endX - startX) * t + Math.sin(t * Math.PI * 1.5) * frame.width * 0.08 * (fromLeft ? 1 : -1);
  const halfWidth = (t: number) => frame.width * (0.015 + 0.2 * t * t);
  const steps = 8;
  const left: Point[] = [];
  const right: Point[] = [];
  for (let index = 0; index <= steps; index++) {
    const t = index / steps;
    const y = top + (bottom - top) * t;
    left.push([centre(t) - halfWidth(t), y]);
    right.push([centre(t) + halfWidth(t), y]);
  }
  right.reverse();
  const path = `M${pt(left[0])}${smoothThrough(left)}L${pt(right[0])}${smoothThrough(right)}Z`;
  const ripples = Array.from({ length: 6 }, (_, index) => {
    const t = 0.3 + index * 0.12;
    const y = top + (bottom - top) * t;
    const width = halfWidth(t) * 0.5;
    return `M${round(centre(t) - width)} ${round(y)}h${round(width * 1.2)}`;
  }).join('');
  const markup = `<path d="${path}" fill="${waterFill(context)}"/><path d="${path}" fill="none" stroke="${landColour(context, '#e9f7ff', 0.6)}" stroke-width="${round(frame.height * 0.006)}" opacity="0.7"/><path d="${ripples}" stroke="#ffffff" stroke-width="${round(frame.height * 0.005)}" stroke-linecap="round" opacity="0.55"/>`;
  return {
    markup,
    top,
    bottom,
    span: (y) => {
      const t = (y - top) / (bottom - top);
      if (t < 0 || t > 1) return null;
      return [centre(t) - halfWidth(t), centre(t) + halfWidth(t)];
    },
  };
}

function drawLake(context: DrawContext): WaterArea {
  const { frame } = context;
  const random = context.random('lake');
  const top = frame.horizon + 1;
  const depth = (frame.height - frame.horizon) * random.between(0.28, 0.4);
  const bottom = top + depth;
  const left = frame.width * random.between(-0.1, 0.1);
  const right = frame.width * random.between(0.9, 1.1);
  const centreX = (left + right) / 2;
  const radiusX = (right - left) / 2;
  const path = `M${round(left)} ${round(top)}H${round(right)}Q${round(right)} ${round(bottom)} ${round(centreX)} ${round(bottom)}Q${round(left)} ${round(bottom)} ${round(left)} ${round(top)}Z`;
  const glints = Array.from({ length: 5 }, (_, index) => {
    const y = top + depth * (0.2 + index * 0.15);
    const x = centreX + (random.next() - 0.5) * radiusX;
    return `M${round(x)} ${round(y)}h${round(frame.width * (0.04 + 0.03 * random.next()))}`;
  }).join('');
  const markup = `<path d="${path}" fill="${waterFill(context)}"/><path d="${glints}" stroke="#ffffff" stroke-width="${round(frame.height * 0.005)}" stroke-linecap="round" opacity="0.6"/>`;
  return {
    markup,
    top,
    bottom,
    span: (y) => {
      if (y < top || y > bottom) return null;
      const t = (y - top) / depth;
      const half = radiusX * Math.sqrt(Math.max(0, 1 - t * t));
      return [centreX - half, centreX + half];
    },
  };
}
