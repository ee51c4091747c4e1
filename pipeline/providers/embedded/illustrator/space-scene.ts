import type { DrawContext } from './draw-context';
import { sparkle } from './sky';
import { round } from './svg-defs';

/**
 * Out in space: a deep starry sky with a soft nebula, and the curved grey surface of a small moon
 * to stand on. Space has no weather; its time of day is where the sun is: high and white by day,
 * rising or setting golden over the moon's rim at dawn and dusk, gone at night.
 */
export function drawSpace(context: DrawContext): string {
  const { frame, defs, kit } = context;
  const random = context.random('space');
  const silhouette = kit.style === 'silhouette';
  let markup = `<rect width="${frame.width}" height="${frame.height}" fill="${defs.linear(silhouette ? [[0, '#0b0d2e'], [1, '#4a3a8a']] : [[0, '#05071c'], [0.7, '#1b1f52'], [1, '#2d2466']])}"/>`;
  markup += `<ellipse cx="${round(frame.width * random.between(0.3, 0.7))}" cy="${round(frame.height * 0.35)}" rx="${round(frame.width * 0.45)}" ry="${round(frame.height * 0.2)}" fill="${defs.radial([[0, '#b25fd6', 0.35], [1, '#b25fd6', 0]])}"/>`;
  let stars = '';
  for (let index = 0; index < Math.round(frame.width * frame.height / 5000); index++) {
    const x = random.next() * frame.width;
    const y = random.next() * frame.horizon;
    const size = frame.height * (0.001 + random.next() * 0.003);
    stars += random.chance(0.12) ? sparkle(x, y, size * 4) : `<circle cx="${round(x)}" cy="${round(y)}" r="${round(size)}"/>`;
  }
  markup += `<g fill="#fffbe6">${stars}</g>`;
  markup += spaceSun(context);
  const curve = frame.height * 0.06;
  const surface = `M0 ${round(frame.horizon + curve)}Q${round(frame.width / 2)} ${round(frame.horizon - curve)} ${frame.width} ${round(frame.horizon + curve)}V${frame.height}H0Z`;
  markup += `<path d="${surface}" fill="${silhouette ? kit.land('#000000', 0.8) : kit.paint(defs, '#c9c7d6', '#7d7a90')}"/>`;
  if (!silhouette) {
    let craters = '';
    for (let index = 0; index < 9; index++) {
      const t = random.next();
      const y = frame.horizon + (frame.height - frame.horizon) * (0.15 + 0.8 * t);
      const radius = frame.width * (0.015 + 0.045 * t);
      craters += `<ellipse cx="${round(random.next() * frame.width)}" cy="${round(y)}" rx="${round(radius)}" ry="${round(radius * 0.35)}"/>`;
    }
    markup += `<g fill="#5e5b70" opacity="0.45">${craters}</g>`;
  }
  return markup;
}

function spaceSun(context: DrawContext): string {
  const { frame, defs, lighting } = context;
  if (lighting.time === 'night') return '';
  const random = context.random('space-sun');
  const low = lighting.time !== 'day';
  const radius = frame.height * (low ? 0.09 : 0.05);
  const x = frame.width * random.between(0.15, 0.85);
  const y = low ? frame.horizon - radius * 0.2 : frame.height * random.between(0.12, 0.25);
  const colour = lighting.time === 'dawn' ? '#ffd0a0' : lighting.time === 'dusk' ? '#ff9a4a' : '#fff6d8';
  return `<circle cx="${round(x)}" cy="${round(y)}" r="${round(radius * 4)}" fill="${defs.radial([[0, colour, 0.7], [0.3, colour, 0.25], [1, colour, 0]])}"/><circle cx="${round(x)}" cy="${round(y)}" r="${round(radius)}" fill="${colour}"/>`;
}
