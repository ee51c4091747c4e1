import { round } from './svg-defs';

/** Path helpers shared by the background builders. */
export type Point = [number, number];

/** A smooth curve through the points (Catmull-Rom turned into cubic Béziers), without the leading M. */
export function smoothThrough(points: Point[]): string {
  let path = '';
  for (let index = 0; index < points.length - 1; index++) {
    const previous = points[Math.max(0, index - 1)];
    const start = points[index];
    const end = points[index + 1];
    const next = points[Math.min(points.length - 1, index + 2)];
    const control1: Point = [start[0] + (end[0] - previous[0]) / 6, start[1] + (end[1] - previous[1]) / 6];
    const control2: Point = [end[0] - (next[0] - start[0]) / 6, end[1] - (next[1] - start[1]) / 6];
    path += `C${pt(control1)} ${pt(control2)} ${pt(end)}`;
  }
  return path;
}

/** A filled band: a smooth top edge through the points, closed down to `bottom`. */
export function ridge(points: Point[], bottom: number): string {
  const first = points[0];
  const last = points[points.length - 1];
  return `M${round(first[0])} ${round(bottom)}L${pt(first)}${smoothThrough(points)}L${round(last[0])} ${round(bottom)}Z`;
}

export function pt([x, y]: Point): string {
  return `${round(x)} ${round(y)}`;
}

/** Evenly spread x positions across a width, each nudged by `jitter` (0–1) of the gap. */
export function spread(count: number, width: number, next: () => number, jitter = 0.6, margin = 0): number[] {
  const gap = (width - 2 * margin) / count;
  return Array.from({ length: count }, (_, index) => margin + gap * (index + 0.5) + (next() - 0.5) * gap * jitter);
}

/** A puffy cloud outline made of overlapping circles, centred on (x, y). */
export function cloudPuffs(x: number, y: number, width: number, next: () => number): string {
  const puffs = 4 + Math.floor(next() * 3);
  let circles = '';
  for (let index = 0; index < puffs; index++) {
    const t = index / (puffs - 1);
    const radius = width * (0.14 + 0.12 * Math.sin(Math.PI * t) + next() * 0.04);
    circles += `<circle cx="${round(x - width / 2 + width * t)}" cy="${round(y - radius * 0.5)}" r="${round(radius)}"/>`;
  }
  return `${circles}<rect x="${round(x - width / 2)}" y="${round(y - width * 0.1)}" width="${round(width)}" height="${round(width * 0.16)}" rx="${round(width * 0.08)}"/>`;
}
