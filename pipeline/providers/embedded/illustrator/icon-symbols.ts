import type { ArtIcon, ArtLibrary, IconVariant } from './art-library';
import { lit, type Multipliers } from './lighting';
import { round, type SvgDefs } from './svg-defs';

/**
 * Turns icons into <symbol>s, each defined once per picture and placed with <use>, so a forest of
 * twelve trees carries one tree. Ids inside an icon are prefixed with the symbol's id, so two icons
 * (or one icon recoloured twice) never clash.
 *
 * The time of day reaches icons by tinting their colours here (`tint`), which costs nothing at
 * render time, where a colour-matrix filter over the scene cost ~40 ms. `plain` drops an icon's
 * own blur filters: they are what makes big colour icons slow, and scenery does not need them.
 */
export interface SymbolOptions {
  recolour?: { key: string; change: (body: string) => string };
  /** Light the icon is seen in; null or all ones for none. */
  tint?: Multipliers | null;
  plain?: boolean;
}

const HEX = /#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b/g;
export interface PlacedSymbol {
  id: string;
  viewBox: ArtIcon['viewBox'];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class IconSymbols {
  constructor(
    private readonly art: ArtLibrary,
    private readonly variant: IconVariant,
    private readonly defs: SvgDefs,
  ) {}

  has(name: string): boolean {
    return this.art.icon(name, this.variant) !== undefined;
  }

  /** `recolour` changes the icon's colours (a garment in the character's palette); `key` names that version. */
  symbol(name: string, options: SymbolOptions = {}): PlacedSymbol | undefined {
    const icon = this.art.icon(name, this.variant);
    if (!icon) return undefined;
    const tint = options.tint && options.tint.some((value) => Math.abs(value - 1) > 0.005) ? options.tint : null;
    const key = `symbol|${name}|${options.recolour?.key ?? ''}|${tint?.join(',') ?? ''}|${options.plain ? 'plain' : ''}`;
    const id = this.defs.once(key, 's', (newId) => {
      let body = options.recolour ? options.recolour.change(icon.body) : icon.body;
      if (options.plain) body = body.replace(/ filter="url\(#[^)]+\)"/g, '');
      if (tint) body = body.replace(HEX, (hex) => lit(hex, tint));
      return `<symbol id="${newId}" viewBox="${icon.viewBox.join(' ')}" overflow="${icon.clip ? 'hidden' : 'visible'}">${prefixIds(body, `${newId}-`)}</symbol>`;
    });
    return { id, viewBox: icon.viewBox };
  }
}

/** Makes every id in a fragment unique by prefixing it, with its references (url(#…), href="#…"). */
export function prefixIds(body: string, prefix: string): string {
  return body.replace(/\bid="/g, `id="${prefix}`).replace(/url\(#/g, `url(#${prefix}`).replace(/href="#/g, `href="#${prefix}`);
}

/** Height over width of a symbol, to size it from one dimension. */
export function aspect(symbol: PlacedSymbol): number {
  return symbol.viewBox[3] / symbol.viewBox[2];
}

/** A <use> of a symbol filling `box`, optionally mirrored left–right or rotated about its centre. */
export function useSymbol(symbol: PlacedSymbol, box: Box, options: { mirror?: boolean; rotate?: number; attributes?: string } = {}): string {
  const transforms: string[] = [];
  const centreX = round(box.x + box.width / 2);
  const centreY = round(box.y + box.height / 2);
  // The mirror is the outer transform, so a rotated icon is turned first and then flipped on the page.
  if (options.mirror) transforms.push(`translate(${round(2 * centreX)} 0) scale(-1 1)`);
  if (options.rotate) transforms.push(`rotate(${options.rotate} ${centreX} ${centreY})`);
  const transform = transforms.length ? ` transform="${transforms.join(' ')}"` : '';
  return `<use href="#${symbol.id}" x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}"${transform}${options.attributes ? ` ${options.attributes}` : ''}/>`;
}
