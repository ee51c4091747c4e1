import { mix } from './colour';
import type { DrawContext } from './draw-context';
import { aspect, useSymbol, type Box } from './icon-symbols';
import { lit } from './lighting';
import { SCENE_ICONS } from './scene-icons';
import { cloudPuffs } from './shapes';
import { round } from './svg-defs';

/**
 * Weather in two layers: clouds behind the land (white puffs for fair and cloudy skies, heavy grey
 * ones for rain, storm and snow), and what falls or drifts in front of everything (rain streaks,
 * lightning, snowflakes, fog banks, wind swirls and a flying leaf).
 */
export function drawWeatherBack(context: DrawContext, skyBottom: number): string {
  const { frame, weather } = context;
  const random = context.random('clouds');
  const night = context.lighting.time === 'night';
  if (weather === 'clear' || weather === 'fog') {
    if (night || random.chance(0.35)) return '';
    return emojiClouds(context, random.integer(1, 2), skyBottom, 0.55);
  }
  if (weather === 'cloudy' || weather === 'wind') return emojiClouds(context, weather === 'cloudy' ? random.integer(3, 5) : 2, skyBottom, 0.85);
  const heavy = weather === 'storm' ? '#3f4656' : weather === 'rain' ? '#6f7a8a' : '#b9c2cf';
  const top = lit(mix(heavy, '#ffffff', 0.25), context.lighting.land);
  const bottom = lit(heavy, context.lighting.land);
  let puffs = '';
  for (let index = 0; index < 5; index++) puffs += cloudPuffs(frame.width * (index / 4) + random.between(-40, 40), skyBottom * random.between(0.12, 0.32), frame.width * random.between(0.35, 0.5), random.next);
  return `<g fill="${context.kit.style === 'silhouette' ? mix(heavy, '#1b1431', 0.6) : context.kit.paint(context.defs, top, bottom)}">${puffs}</g>`;
}

function emojiClouds(context: DrawContext, count: number, skyBottom: number, spread: number): string {
  // A dark cloud-shaped blot in a glowing night-light sky reads as a hole, not a cloud.
  if (context.kit.style === 'silhouette') return '';
  const cloud = context.symbols.symbol(SCENE_ICONS.cloud, { tint: context.tint.scenery, plain: true });
  if (!cloud) return '';
  const random = context.random('emoji-clouds');
  let markup = '';
  for (let index = 0; index < count; index++) {
    const width = context.frame.width * random.between(0.16, 0.26);
    const x = context.frame.width * ((index + random.next()) / count) - width / 2;
    const y = skyBottom * random.between(0.06, spread * 0.5);
    markup += useSymbol(cloud, { x, y, width, height: width * aspect(cloud) }, { attributes: context.kit.iconAttributes(context.defs, 0) });
  }
  return markup;
}

export function drawWeatherFront(context: DrawContext, area: Box): string {
  const { frame, weather, defs } = context;
  const random = context.random('weather-front');
  switch (weather) {
    case 'rain':
    case 'storm': {
      let markup = `<g clip-path="url(#${clip(context, area)})">${streaks(context, area, weather === 'storm' ? 1.6 : 1)}</g>`;
      if (weather === 'storm') {
        const bolt = context.symbols.symbol(SCENE_ICONS.lightning);
        const height = frame.height * 0.3;
        if (bolt) markup = useSymbol(bolt, { x: frame.width * random.between(0.15, 0.8), y: frame.height * 0.08, width: height / aspect(bolt), height }) + markup;
      }
      return markup;
    }
    case 'snow':
      return `<g clip-path="url(#${clip(context, area)})">${flakes(context, area, 1)}</g>`;
    case 'fog': {
      const band = defs.linear([[0, '#ffffff', 0], [0.5, '#f2f4f7', 0.6], [1, '#ffffff', 0]]);
      return [0.45, 0.62, 0.8].map((t) => `<rect x="0" y="${round(frame.height * t - frame.height * 0.09)}" width="${frame.width}" height="${round(frame.height * 0.18)}" fill="${band}"/>`).join('');
    }
    case 'wind': {
      let swirls = '';
      for (let index = 0; index < 4; index++) {
        const y = frame.height * random.between(0.15, 0.6);
        const x = frame.width * random.between(0.05, 0.6);
        const length = frame.width * random.between(0.2, 0.35);
        swirls += `<path d="M${round(x)} ${round(y)}c${round(length * 0.3)} ${round(-length * 0.08)} ${round(length * 0.7)} ${round(length * 0.08)} ${round(length)} 0c${round(length * 0.12)} ${round(-length * 0.05)} ${round(length * 0.1)} ${round(-length * 0.16)} ${round(length * 0.02)} ${round(-length * 0.14)}"/>`;
      }
      const leaf = context.symbols.symbol(SCENE_ICONS.windLeaf, { tint: context.tint.scenery });
      const size = frame.height * 0.07;
      const leaves = leaf ? useSymbol(leaf, { x: frame.width * random.between(0.55, 0.85), y: frame.height * random.between(0.2, 0.4), width: size, height: size }, { attributes: context.kit.iconAttributes(context.defs, 0.7) }) : '';
      return `<g fill="none" stroke="#ffffff" stroke-width="${round(frame.height * 0.006)}" stroke-linecap="round" opacity="0.75">${swirls}</g>${leaves}`;
    }
    default:
      return '';
  }
}

/** Weather seen through a window or a cave's mouth. */
export function drawWeatherInArea(context: DrawContext, area: Box): string {
  if (context.weather === 'rain' || context.weather === 'storm') return `<g clip-path="url(#${clip(context, area)})">${streaks(context, area, 1)}</g>`;
  if (context.weather === 'snow') return `<g clip-path="url(#${clip(context, area)})">${flakes(context, area, 1)}</g>`;
  if (context.weather === 'fog') return `<rect x="${round(area.x)}" y="${round(area.y)}" width="${round(area.width)}" height="${round(area.height)}" fill="#e8ecf2" opacity="0.55"/>`;
  return '';
}

function clip(context: DrawContext, area: Box): string {
  return context.defs.once(`clip|${area.x}|${area.y}|${area.width}|${area.height}`, 'k', (id) => `<clipPath id="${id}"><rect x="${round(area.x)}" y="${round(area.y)}" width="${round(area.width)}" height="${round(area.height)}"/></clipPath>`);
}

function streaks(context: DrawContext, area: Box, strength: number): string {
  const random = context.random(`rain-${area.x}`);
  const count = Math.round((area.width * area.height) / 2500 * strength);
  const length = context.frame.height * 0.04;
  let path = '';
  for (let index = 0; index < count; index++) {
    const x = area.x + random.next() * (area.width + length * 0.4);
    const y = area.y + random.next() * area.height;
    path += `M${round(x)} ${round(y)}l${round(-length * 0.25)} ${round(length * (0.7 + random.next() * 0.6))}`;
  }
  return `<path d="${path}" stroke="#dbe8ff" stroke-width="${round(Math.max(1, context.frame.height / 500))}" stroke-linecap="round" opacity="0.7"/>`;
}

function flakes(context: DrawContext, area: Box, strength: number): string {
  const random = context.random(`snow-${area.x}`);
  const count = Math.round((area.width * area.height) / 3500 * strength);
  let circles = '';
  for (let index = 0; index < count; index++) {
    const radius = context.frame.height * (0.002 + random.next() * 0.006);
    circles += `<circle cx="${round(area.x + random.next() * area.width)}" cy="${round(area.y + random.next() * area.height)}" r="${round(radius)}"/>`;
  }
  return `<g fill="#ffffff" opacity="0.9">${circles}</g>`;
}
