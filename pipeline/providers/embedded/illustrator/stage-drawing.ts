import type { PlacedFigure } from './cast-layout';
import type { DrawContext } from './draw-context';
import { drawFigure } from './figure-drawing';
import { useSymbol } from './icon-symbols';
import type { Lighting, Multipliers } from './lighting';
import type { PlacedIcon } from './prop-layout';
import { roomLight } from './room';
import { seasonalTreeAttributes } from './season-overlay';
import type { SettingLayout } from './setting-scenery';
import type { Stage } from './stage';
import { round } from './svg-defs';

/**
 * Draws everything that stands in the scene, far to near, so nearer things overlap farther ones:
 * sky things first (separately, outside the stage light), then by the height of their feet.
 */
export function drawStage(context: DrawContext, stage: Stage, parts: { icons: (PlacedIcon & { key?: string })[]; figures: PlacedFigure[] }): { markup: string; skyMarkup: string; drawnCharacters: Set<string>; drawnItems: Set<string>; drawnObjects: Set<string> } {
  const drawnCharacters = new Set<string>();
  const drawnItems = new Set<string>();
  const drawnObjects = new Set<string>();
  const entries: { sortY: number; draw: () => string }[] = [];
  for (const icon of parts.icons) {
    entries.push({
      sortY: icon.sortY,
      draw: () => {
        // Scenery drops its icons' blur filters (slow at large sizes); objects keep theirs.
        const symbol = context.symbols.symbol(icon.icon, { tint: icon.key ? context.tint.figures : context.tint.scenery, plain: !icon.key });
        if (!symbol) return '';
        if (icon.key) drawnObjects.add(icon.key);
        const attributes = context.kit.iconAttributes(context.defs, icon.sortY < 0 ? 0.7 : icon.depth) || seasonalTreeAttributes(context, stage, icon.icon);
        const shelf = icon.shelf ? `<rect x="${round(icon.box.x - icon.box.width * 0.3)}" y="${round(icon.box.y + icon.box.height * 0.94)}" width="${round(icon.box.width * 1.6)}" height="${round(context.frame.height * 0.014)}" rx="${round(context.frame.height * 0.005)}" fill="${context.kit.land('#8a5a35', 0.4)}"/>` : '';
        return shelf + useSymbol(symbol, icon.box, { mirror: icon.mirror, attributes });
      },
    });
  }
  for (const placed of parts.figures) {
    entries.push({
      sortY: placed.sortY,
      draw: () => {
        const { markup, overlay, drewItem } = drawFigure(context, placed.figure);
        if (!markup) return '';
        drawnCharacters.add(placed.id);
        if (drewItem) drawnItems.add(placed.id);
        if (!placed.cover) return markup + overlay;
        const cover = context.symbols.symbol(placed.cover.icon, { tint: context.tint.scenery, plain: true });
        return markup + (cover ? useSymbol(cover, placed.cover.box, { attributes: context.kit.iconAttributes(context.defs, placed.figure.depth) }) : '') + overlay;
      },
    });
  }
  entries.sort((a, b) => a.sortY - b.sortY);
  const sky = entries.filter((entry) => entry.sortY < 0).map((entry) => entry.draw()).join('');
  const ground = entries.filter((entry) => entry.sortY >= 0).map((entry) => entry.draw()).join('');
  return { markup: ground, skyMarkup: sky, drawnCharacters, drawnItems, drawnObjects };
}

/** How the time of day tints what stands in the scene: a lamp-lit room, a dim cave, open air. */
export function stageLight(layout: SettingLayout, lighting: Lighting): Multipliers {
  if (layout === 'room') return roomLight(lighting.time);
  if (layout === 'cave') return [0.82, 0.78, 0.86];
  if (layout === 'space') return [0.92, 0.92, 1];
  return lighting.figures;
}
