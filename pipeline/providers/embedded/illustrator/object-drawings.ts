import type { ObjectKey } from '../../../model';

/**
 * How each object is drawn: an icon (a Fluent Emoji name, or "part:name" for a drawing in
 * assets/art/parts), where it goes, and its height relative to a grown-up.
 * held: in a character's hand or at their feet; ground: on the ground near them; large: a prop
 * standing in the scene; sky: up in the air; water: floating when the scene has water.
 */
export type ObjectPlace = 'held' | 'ground' | 'large' | 'sky' | 'water';

export interface ObjectSpec {
  icon: string;
  place: ObjectPlace;
  size: number;
}

const held = (icon: string, size = 0.2): ObjectSpec => ({ icon, place: 'held', size });
const ground = (icon: string, size = 0.25): ObjectSpec => ({ icon, place: 'ground', size });
const large = (icon: string, size: number): ObjectSpec => ({ icon, place: 'large', size });
const sky = (icon: string, size: number): ObjectSpec => ({ icon, place: 'sky', size });

export const OBJECT_DRAWINGS: Record<ObjectKey, ObjectSpec> = {
  basket: held('basket', 0.24),
  apple: held('red-apple', 0.14),
  bread: held('bread', 0.17),
  cake: ground('birthday-cake', 0.26),
  cheese: held('cheese-wedge', 0.15),
  honey: held('honey-pot', 0.18),
  egg: held('egg', 0.12),
  carrot: held('carrot', 0.17),
  mushroom: ground('mushroom', 0.18),
  pumpkin: ground('jack-o-lantern', 0.3),
  flower: ground('blossom', 0.18),
  rose: held('rose', 0.18),
  tree: large('deciduous-tree', 1.6),
  book: held('closed-book', 0.16),
  letter: held('love-letter', 0.15),
  map: held('world-map', 0.2),
  key: held('old-key', 0.15),
  lantern: held('part:lantern', 0.24),
  candle: held('candle', 0.18),
  clock: ground('mantelpiece-clock', 0.3),
  bed: large('bed', 0.75),
  chair: large('chair', 0.55),
  door: large('door', 1.2),
  cup: held('hot-beverage', 0.14),
  teapot: held('teapot', 0.2),
  ball: ground('soccer-ball', 0.18),
  kite: sky('kite', 0.4),
  balloon: sky('balloon', 0.35),
  boat: { icon: 'canoe', place: 'water', size: 0.55 },
  sailboat: { icon: 'sailboat', place: 'water', size: 0.9 },
  car: large('automobile', 0.6),
  train: large('locomotive', 0.8),
  bicycle: large('bicycle', 0.55),
  rocket: sky('rocket', 0.6),
  airplane: sky('airplane', 0.45),
  telescope: large('telescope', 0.6),
  umbrella: held('umbrella', 0.35),
  sword: held('dagger', 0.3),
  shield: held('shield', 0.28),
  crown: held('crown', 0.18),
  ring: held('ring', 0.12),
  treasure: ground('part:treasure-chest', 0.35),
  coins: ground('coin', 0.15),
  wand: held('magic-wand', 0.24),
  star: sky('glowing-star', 0.2),
  moon: sky('crescent-moon', 0.3),
  sun: sky('sun', 0.35),
  rainbow: sky('rainbow', 0.9),
  bridge: large('part:bridge', 0.9),
  well: large('part:well', 0.8),
  tent: large('tent', 0.8),
  fire: ground('fire', 0.3),
  shell: held('spiral-shell', 0.14),
  gift: held('wrapped-gift', 0.2),
  bell: held('bell', 0.16),
  shoe: held('high-heeled-shoe', 0.15),
  violin: held('violin', 0.3),
  drum: ground('drum', 0.26),
};
