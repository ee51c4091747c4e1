import type { DrawContext } from './draw-context';
import { aspect, useSymbol } from './icon-symbols';
import { SCENE_ICONS } from './scene-icons';
import { round } from './svg-defs';

/**
 * The sky: its gradient for the time of day, the sun or moon with a glow, and stars at night.
 * Heavy weather hides the sun and moon (the sky's grey already says so). `side` keeps the light
 * away from the landmark, which stands on the other side.
 */
export interface SkyOptions {
  /** Where the sky ends (the horizon, or a window's sill). */
  bottom: number;
  side: 'left' | 'right';
  /** Area of the sky: the whole frame, or a window's pane. */
  area?: { x: number; y: number; width: number; height: number };
}

/** Weather whose grey sky hides the sun, the moon and the stars. */
export const HIDES_LIGHT: ReadonlySet<string> = new Set(['rain', 'storm', 'fog', 'snow']);

export function drawSky(context: DrawContext, options: SkyOptions): string {
  const { frame, defs, kit, lighting } = context;
  const area = options.area ?? { x: 0, y: 0, width: frame.width, height: options.bottom + 4 };
  const random = context.random(`sky-${area.x}-${area.y}`);
  let markup = `<rect x="${round(area.x)}" y="${round(area.y)}" width="${round(area.width)}" height="${round(area.height)}" fill="${defs.linear(kit.sky(lighting))}"/>`;
  if (lighting.stars || (kit.style === 'silhouette' && lighting.time === 'night')) {
    let stars = '';
    for (let index = 0; index < Math.round(area.width * area.height / 9000); index++) {
      const x = area.x + random.next() * area.width;
      const y = area.y + random.next() * (options.bottom - area.y) * 0.75;
      const size = Math.max(1.2, area.width / 400) * (0.6 + random.next() * 1.4);
      stars += random.chance(0.2) ? sparkle(x, y, size * 2.2) : `<circle cx="${round(x)}" cy="${round(y)}" r="${round(size * 0.5)}"/>`;
    }
    markup += `<g fill="#fff8d6" opacity="0.9">${stars}</g>`;
  }
  if (HIDES_LIGHT.has(context.weather)) return markup;
  const size = Math.min(area.width, area.height) * (options.area ? 0.32 : 0.17);
  const [from, to] = options.area ? [0.3, 0.45] : [0.12, 0.3];
  const x = options.side === 'left' ? area.x + area.width * random.between(from, to) : area.x + area.width * random.between(1 - to, 1 - from);
  const low = lighting.light === 'sun-rising' || lighting.light === 'sun-setting';
  const y = low ? options.bottom - size * 0.35 : area.y + (options.bottom - area.y) * random.between(0.18, 0.3);
  const glowRadius = size * (low ? 2.4 : 1.5);
  markup += `<circle cx="${round(x)}" cy="${round(y)}" r="${round(glowRadius)}" fill="${defs.radial([[0, lighting.glow, 0.85], [0.35, lighting.glow, 0.35], [1, lighting.glow, 0]])}"/>`;
  if (low || kit.style === 'silhouette') {
    const disc = lighting.light === 'moon' ? ['#fffbe8', '#e8ecff'] : lighting.light === 'sun-rising' ? ['#fff4d0', '#ffc38a'] : ['#ffe08a', '#ff8a3d'];
    return markup + `<circle cx="${round(x)}" cy="${round(y)}" r="${round(size * (low ? 0.62 : 0.5))}" fill="${defs.linear([[0, disc[0]], [1, disc[1]]])}"/>`;
  }
  const icon = context.symbols.symbol(lighting.light === 'moon' ? SCENE_ICONS.moon : SCENE_ICONS.sun);
  if (!icon) return markup;
  const height = size * aspect(icon);
  return markup + useSymbol(icon, { x: x - size / 2, y: y - height / 2, width: size, height });
}

/** A four-pointed twinkle. */
export function sparkle(x: number, y: number, size: number): string {
  const inner = size * 0.18;
  return `<path d="M${round(x)} ${round(y - size)}L${round(x + inner)} ${round(y - inner)}L${round(x + size)} ${round(y)}L${round(x + inner)} ${round(y + inner)}L${round(x)} ${round(y + size)}L${round(x - inner)} ${round(y + inner)}L${round(x - size)} ${round(y)}L${round(x - inner)} ${round(y - inner)}Z"/>`;
}
