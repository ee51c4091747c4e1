import type { CharacterItem } from '../../../model';

/**
 * A character's distinguishing item, drawn on them on every page. `at` says where on the figure:
 * hat (on top of the head), eyes, neck, back (behind the body), hand (beside them, on the side
 * they face), over (held above the head), feet. `width` is relative to the head's width. Parts from assets/art/parts take the
 * character's palette (their `#PALETTE` colour), so the item also shows who it belongs to.
 */
export interface ItemSpec {
  icon: string;
  at: 'hat' | 'eyes' | 'neck' | 'back' | 'hand' | 'over' | 'feet';
  width: number;
}

export const ITEM_DRAWINGS: Record<CharacterItem, ItemSpec> = {
  'red-cap': { icon: 'part:red-cap', at: 'hat', width: 1.25 },
  crown: { icon: 'crown', at: 'hat', width: 0.95 },
  scarf: { icon: 'part:scarf', at: 'neck', width: 1.1 },
  'top-hat': { icon: 'top-hat', at: 'hat', width: 1.0 },
  ribbon: { icon: 'part:ribbon', at: 'hat', width: 0.7 },
  glasses: { icon: 'glasses', at: 'eyes', width: 0.95 },
  backpack: { icon: 'backpack', at: 'back', width: 1.0 },
  umbrella: { icon: 'umbrella', at: 'over', width: 2.2 },
  necklace: { icon: 'part:necklace', at: 'neck', width: 0.9 },
  flower: { icon: 'tulip', at: 'hand', width: 0.8 },
  wand: { icon: 'magic-wand', at: 'hand', width: 1.0 },
  bell: { icon: 'bell', at: 'neck', width: 0.45 },
  cape: { icon: 'part:cape', at: 'back', width: 1.8 },
  boots: { icon: 'part:boots', at: 'feet', width: 1.0 },
  'bow-tie': { icon: 'part:bow-tie', at: 'neck', width: 0.6 },
};
