import type { CharacterLook } from '../../../model';
import { mix } from './colour';
import type { FigureSpec } from './character-figures';
import type { DrawContext } from './draw-context';
import { figureSymbol, headInBox, type HeadPlace } from './figure-symbol';
import { aspect, useSymbol, type Box } from './icon-symbols';
import { ITEM_DRAWINGS, type ItemSpec } from './item-drawings';
import { itemColour, recolourItem } from './palette-recolour';
import { round } from './svg-defs';

/**
 * Draws one character where the layout put them: a ground shadow or a glow in their palette, the
 * figure (turned to face the way the layout chose), their kind's accessory and their own item.
 */
export interface FigurePlacement {
  spec: FigureSpec;
  look: Pick<CharacterLook, 'palette' | 'item'>;
  box: Box;
  /** Which way the character looks in this picture. */
  faces: 'left' | 'right';
  depth: number;
  /** Standing figures get a shadow at their feet; the rest a glow behind them. */
  grounded: boolean;
}

/**
 * `markup` is the figure with what it wears below the waist; `overlay` what it wears or holds
 * above (a scarf, a bell, a hat), drawn after anything that hides the figure's lower part, so a
 * fox peeking over a rock still shows its bell.
 */
export function drawFigure(context: DrawContext, placement: FigurePlacement): { markup: string; overlay: string; drewItem: boolean } {
  const { spec, look, box } = placement;
  const symbol = figureSymbol(context, spec, look.palette[0]);
  if (!symbol) return { markup: '', overlay: '', drewItem: false };
  const mirror = spec.facing !== 'front' && spec.facing !== placement.faces;
  const head = headInBox(spec, symbol, box, mirror);
  const direction = placement.faces === 'right' ? 1 : -1;
  // Characters are the darkest shapes in a silhouette, however far back they stand.
  const filter = context.kit.iconAttributes(context.defs, Math.max(placement.depth, 0.85));
  const behind: string[] = [];
  const below: string[] = [];
  const front: string[] = [];
  const palette = look.palette[0];
  if (placement.grounded && context.kit.style !== 'silhouette') {
    behind.push(`<ellipse cx="${round(box.x + box.width / 2)}" cy="${round(box.y + box.height * 0.97)}" rx="${round(box.width * 0.34)}" ry="${round(box.height * 0.035)}" fill="${mix(palette, '#1a1a2e', 0.55)}" opacity="0.4"/>`);
  } else {
    const glow = context.defs.radial([[0, palette, 0.55], [0.6, palette, 0.2], [1, palette, 0]]);
    behind.push(`<ellipse cx="${round(head.x)}" cy="${round(head.top + head.width * 0.8)}" rx="${round(head.width * 1.6)}" ry="${round(head.width * 1.6)}" fill="${glow}"/>`);
  }
  let drewItem = false;
  const item = look.item ? ITEM_DRAWINGS[look.item as keyof typeof ITEM_DRAWINGS] : undefined;
  if (item) {
    const person = spec.face !== undefined || spec.form === 'bust';
    const drawn = drawItem(context, item, head, box, direction, itemColour(look.palette), filter, spec.form, person);
    if (drawn) {
      (item.at === 'back' ? behind : item.at === 'feet' ? below : front).push(drawn);
      drewItem = true;
    }
  }
  if (spec.accessory) {
    const accessory = drawItem(context, { icon: spec.accessory, at: 'hand', width: 1.5 }, head, box, direction, palette, filter, spec.form, true);
    if (accessory) front.unshift(accessory);
  }
  const figure = useSymbol(symbol, box, { mirror, rotate: spec.rotate, attributes: filter });
  return { markup: behind.join('') + figure + below.join(''), overlay: front.join(''), drewItem };
}

/**
 * How much bigger a cape or backpack is drawn: behind a bust only the shoulders show, so it must be
 * wider to be seen; on an animal a person-sized cape would hang like a flag, so it is smaller.
 */
function backScale(item: ItemSpec, form: FigureSpec['form'], person: boolean): number {
  if (item.at !== 'back') return 1;
  if (form === 'bust') return 1.6;
  return person ? 1 : 0.7;
}

function drawItem(context: DrawContext, item: ItemSpec, head: HeadPlace, box: Box, direction: number, colour: string, filter: string, form: FigureSpec['form'], person: boolean): string | undefined {
  const standing = form === 'standing';
  const recolour = item.icon.startsWith('part:') && item.icon !== 'part:red-cap' ? { key: colour, change: (body: string) => recolourItem(body, colour) } : undefined;
  const symbol = context.symbols.symbol(item.icon, { recolour, tint: context.tint.figures });
  if (!symbol) return undefined;
  const width = item.width * head.width * backScale(item, form, person);
  const height = width * aspect(symbol);
  const at = (centreX: number, top: number) => useSymbol(symbol, { x: centreX - width / 2, y: top, width, height }, { mirror: direction < 0 && item.at === 'hand', attributes: filter });
  switch (item.at) {
    case 'hat':
      return at(head.x, head.top + head.width * 0.32 - height);
    case 'eyes':
      return at(head.x, head.top + head.width * 0.55 - height / 2);
    case 'neck':
      return at(head.x, head.chin);
    case 'back':
      return at(head.x - direction * head.width * (item.icon === 'backpack' ? 0.45 : 0), head.chin - head.width * 0.03);
    case 'hand':
      return at(head.x + direction * head.width * 0.95, head.top + head.width * 1.55 - height / 2);
    case 'over':
      return at(head.x + direction * head.width * 0.3, head.top + head.width * 1.5 - height);
    case 'feet':
      // A bust or a face has no feet in the picture; boots standing beside it look lost, so none.
      if (!standing) return undefined;
      return at(head.x, Math.min(box.y + box.height * 0.955, context.frame.height) - height);
  }
}
