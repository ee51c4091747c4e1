import type { DrawContext } from './draw-context';
import { useSymbol, type Box } from './icon-symbols';
import { SCENE_ICONS } from './scene-icons';
import type { Stage } from './stage';
import { round } from './svg-defs';

/**
 * The season, outdoors on land: spring petals and flowers, summer flowers, autumn leaves falling
 * and trees turned gold, winter frost on the trees and a few flakes (snowy ground comes from the
 * ground's own colours).
 */
export function showsSeason(context: DrawContext, stage: Stage): boolean {
  return context.season !== null && stage.layout === 'land';
}

/** Petals, leaves and stray flakes in the air, drawn behind the characters so no face is hidden. */
export function drawSeasonInAir(context: DrawContext, stage: Stage): string {
  if (!showsSeason(context, stage)) return '';
  const { frame } = context;
  const random = context.random('season-air');
  switch (context.season) {
    case 'spring': {
      let petals = '';
      for (let index = 0; index < 16; index++) {
        const size = frame.height * random.between(0.006, 0.012);
        petals += `<ellipse cx="${round(random.next() * frame.width)}" cy="${round(random.next() * frame.height * 0.85)}" rx="${round(size * 1.4)}" ry="${round(size)}"/>`;
      }
      return `<g fill="#ffc2d6" opacity="0.85">${petals}</g>`;
    }
    case 'autumn': {
      let leaves = '';
      for (let index = 0; index < 8; index++) {
        const symbol = context.symbols.symbol(random.pick(SCENE_ICONS.autumnLeaves), { tint: context.tint.scenery });
        const size = frame.height * random.between(0.035, 0.06);
        if (symbol) leaves += useSymbol(symbol, { x: random.next() * frame.width, y: random.next() * frame.height * 0.85, width: size, height: size }, { rotate: Math.round(random.between(-60, 60)), attributes: context.kit.iconAttributes(context.defs, 1) });
      }
      return leaves;
    }
    case 'winter': {
      if (context.weather === 'snow') return '';
      let flakes = '';
      for (let index = 0; index < 30; index++) flakes += `<circle cx="${round(random.next() * frame.width)}" cy="${round(random.next() * frame.height)}" r="${round(frame.height * random.between(0.002, 0.005))}"/>`;
      return `<g fill="#ffffff" opacity="0.8">${flakes}</g>`;
    }
    default:
      return '';
  }
}

/** Spring and summer flowers along the front edge, in front of everything but never over a character. */
export function drawSeasonOnGround(context: DrawContext, stage: Stage, keepClear: Box[]): string {
  if (!showsSeason(context, stage) || (context.season !== 'spring' && context.season !== 'summer')) return '';
  const { frame } = context;
  const random = context.random('season-ground');
  const names = context.season === 'spring' ? SCENE_ICONS.springFlowers : SCENE_ICONS.summerFlowers;
  const count = context.season === 'spring' ? 5 : 4;
  let markup = '';
  for (let index = 0; index < count; index++) {
    const symbol = context.symbols.symbol(random.pick(names), { tint: context.tint.scenery });
    const size = frame.height * random.between(0.05, 0.08);
    const x = frame.width * ((index + random.next()) / count) - size / 2;
    if (keepClear.some((box) => x + size > box.x && x < box.x + box.width)) continue;
    if (symbol) markup += useSymbol(symbol, { x, y: frame.height - size * random.between(0.8, 1.05), width: size, height: size }, { attributes: context.kit.iconAttributes(context.defs, 1) });
  }
  return markup;
}

const TREES = new Set(['deciduous-tree', 'evergreen-tree']);

/** Autumn turns leafy trees gold; winter frosts every tree. Not in silhouette, which has no colour. */
export function seasonalTreeAttributes(context: DrawContext, stage: Stage, icon: string): string {
  if (!TREES.has(icon) || context.kit.style === 'silhouette' || !showsSeason(context, stage)) return '';
  if (context.season === 'autumn' && icon === 'deciduous-tree') {
    const id = context.defs.once('autumn-trees', 'f', (newId) => `<filter id="${newId}" color-interpolation-filters="sRGB"><feColorMatrix type="hueRotate" values="-80"/></filter>`);
    return `filter="url(#${id})"`;
  }
  if (context.season === 'winter') {
    const id = context.defs.once('winter-trees', 'f', (newId) => `<filter id="${newId}" color-interpolation-filters="sRGB"><feColorMatrix type="matrix" values="0.45 0.25 0.1 0 0.3 0.2 0.5 0.1 0 0.32 0.2 0.25 0.35 0 0.38 0 0 0 1 0"/></filter>`);
    return `filter="url(#${id})"`;
  }
  return '';
}
