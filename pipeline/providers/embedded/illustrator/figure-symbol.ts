import type { ArtIcon } from './art-library';
import { CHIBI_FACE, type FigureSpec } from './character-figures';
import type { DrawContext } from './draw-context';
import { useSymbol, type PlacedSymbol } from './icon-symbols';
import { recolourGarment } from './palette-recolour';

/**
 * A character's figure as one symbol: the body icon with its clothes in the character's palette,
 * and for chibi people the face icon over the body's small head. The same kind and palette give
 * the same symbol, so a character looks the same on every page.
 */
const CHIBI_VIEWBOX: ArtIcon['viewBox'] = [0, -3, 32, 35];

export function figureSymbol(context: DrawContext, spec: FigureSpec, garmentColour: string): PlacedSymbol | undefined {
  const recolour = spec.garment ? { key: garmentColour, change: (body: string) => recolourGarment(body, spec.garment!, garmentColour) } : undefined;
  const body = context.symbols.symbol(spec.icon, { recolour, tint: context.tint.figures });
  if (!body || !spec.face) return body;
  const face = context.symbols.symbol(spec.face, { tint: context.tint.figures });
  if (!face) return body;
  const id = context.defs.once(`figure|${body.id}|${face.id}`, 'c', (newId) => {
    const faceLeft = 16 - CHIBI_FACE.width / 2;
    const inner = useSymbol(body, { x: 0, y: 0, width: 32, height: 32 }) + useSymbol(face, { x: faceLeft, y: CHIBI_FACE.top, width: CHIBI_FACE.width, height: CHIBI_FACE.width });
    return `<symbol id="${newId}" viewBox="${CHIBI_VIEWBOX.join(' ')}" overflow="visible">${inner}</symbol>`;
  });
  return { id, viewBox: CHIBI_VIEWBOX };
}

export interface HeadPlace {
  x: number;
  top: number;
  width: number;
  chin: number;
}

/** The head of a figure drawn in `box`, in picture pixels. */
export function headInBox(spec: FigureSpec, symbol: PlacedSymbol, box: { x: number; y: number; width: number; height: number }, mirror: boolean): HeadPlace {
  const [minX, minY, width, height] = symbol.viewBox;
  const scaleX = box.width / width;
  const scaleY = box.height / height;
  let [headX, headTop, headWidth, chin = spec.head[1] + spec.head[2] * 0.98] = spec.head;
  if (spec.rotate === 90) [headX, headTop, chin] = [32 - headTop - headWidth / 2, headX - headWidth / 2, headX + headWidth / 2];
  const x = box.x + (headX - minX) * scaleX;
  return { x: mirror ? 2 * (box.x + box.width / 2) - x : x, top: box.y + (headTop - minY) * scaleY, width: headWidth * scaleX, chin: box.y + (chin - minY) * scaleY };
}
