import type { CharacterKind } from '../../../model';

/**
 * How each character kind is drawn. People are "chibi" figures: a Fluent Emoji standing body with
 * the kind's big friendly face icon over its small head, so a girl, a grandmother and a father are
 * full-body and still tell apart. Kinds the emoji set only has as a bust (a king) are framed as
 * close-ups at the bottom edge; animals it only has as a face (a wolf) peek over a bush or rock;
 * flyers hover, swimmers stay in water.
 */
export type FigureForm = 'standing' | 'bust' | 'peeking' | 'flying' | 'swimming';

export interface FigureSpec {
  /** The body: a Fluent Emoji icon name. */
  icon: string;
  /** For chibi people: a face icon drawn over the standing body's small head. */
  face?: string;
  form: FigureForm;
  /** Which way the icon looks as drawn, so two characters can be turned to face each other. */
  facing: 'left' | 'right' | 'front';
  /** Height of the drawn figure's box relative to a standing grown-up (1); a bust's box is its head and shoulders. */
  size: number;
  /**
   * The head in the icon's 32-unit square: centre x, top of the skull, width of the skull, and
   * optionally the chin (where a scarf goes) when it is not about one head-width below the top.
   */
  head: [number, number, number] | [number, number, number, number];
  /** Hue ranges (degrees) of the clothes, recoloured to the character's palette. */
  garment?: [number, number][];
  /** Drawn with the figure on every page (a witch's broom, a hunter's bow). */
  accessory?: string;
  /** Degrees, for icons drawn the wrong way up for a storybook (the crocodile is drawn from above). */
  rotate?: number;
}

/** The standing bodies' shirt hues, so their clothes take the character's palette. */
const WOMAN_BODY = { icon: 'woman-standing', garment: [[250, 285]] as [number, number][] };
const MAN_BODY = { icon: 'man-standing', garment: [[195, 215]] as [number, number][] };
const CHILD_BODY = { icon: 'person-standing', garment: [[0, 22], [350, 360]] as [number, number][] };

function chibi(body: { icon: string; garment: [number, number][] }, face: string, size: number, accessory?: string): FigureSpec {
  return { ...body, face, form: 'standing', facing: 'front', size, head: [16, CHIBI_FACE.top + 0.6, CHIBI_FACE.width * 0.8], accessory };
}

/** Where a chibi face goes over a standing body (32-unit square): it covers the body's own head. */
export const CHIBI_FACE = { width: 12.4, top: 9.3 - 0.94 * 12.4 } as const;

function animal(icon: string, facing: FigureSpec['facing'], size: number, head: FigureSpec['head'], form: FigureForm = 'standing'): FigureSpec {
  return { icon, form, facing, size, head };
}

export const CHARACTER_FIGURES: Record<CharacterKind, FigureSpec> = {
  girl: chibi(WOMAN_BODY, 'girl', 0.74),
  boy: chibi(CHILD_BODY, 'boy', 0.74),
  baby: chibi(CHILD_BODY, 'baby', 0.5),
  woman: chibi(WOMAN_BODY, 'woman-red-hair', 1),
  man: chibi(MAN_BODY, 'man', 1),
  mother: chibi(WOMAN_BODY, 'woman', 1),
  father: chibi(MAN_BODY, 'man-beard', 1.02),
  grandmother: chibi(WOMAN_BODY, 'old-woman', 0.95),
  grandfather: chibi(MAN_BODY, 'old-man', 0.97),
  hunter: chibi(MAN_BODY, 'man-blonde-hair', 1, 'bow-and-arrow'),
  knight: chibi(MAN_BODY, 'man-red-hair', 1, 'shield'),
  king: { icon: 'person-with-crown', form: 'bust', facing: 'front', size: 0.64, head: [16, 8, 13], garment: [[0, 24]] },
  queen: { icon: 'princess', form: 'bust', facing: 'front', size: 0.64, head: [16, 8, 14], garment: [[255, 290]] },
  prince: { icon: 'prince', form: 'bust', facing: 'front', size: 0.6, head: [16, 8, 13], garment: [[195, 215]] },
  princess: { icon: 'woman-elf', form: 'bust', facing: 'front', size: 0.58, head: [16, 5, 13], garment: [[255, 290]] },
  witch: { icon: 'woman-mage', form: 'bust', facing: 'front', size: 0.64, head: [15, 9, 12], garment: [[190, 220]], accessory: 'broom' },
  wizard: { icon: 'man-mage', form: 'bust', facing: 'front', size: 0.64, head: [15, 9, 12], garment: [[190, 220]] },
  fairy: { icon: 'woman-fairy', form: 'flying', facing: 'front', size: 0.7, head: [15.5, 4, 5], garment: [[255, 290]] },
  giant: { icon: 'troll', form: 'bust', facing: 'front', size: 0.9, head: [15, 4, 11] },
  mermaid: { icon: 'woman-merpeople', form: 'swimming', facing: 'front', size: 0.85, head: [16.5, 2, 6] },
  farmer: { icon: 'man-farmer', form: 'bust', facing: 'front', size: 0.62, head: [15, 7, 12], garment: [[130, 165]] },
  sailor: { icon: 'man-pilot', form: 'bust', facing: 'front', size: 0.62, head: [16, 7, 12], garment: [[250, 290]] },
  astronaut: { icon: 'astronaut', form: 'bust', facing: 'front', size: 0.64, head: [16, 3, 15, 21] },
  robot: { icon: 'robot', form: 'bust', facing: 'front', size: 0.5, head: [16, 6, 16, 28] },
  ghost: { icon: 'ghost', form: 'flying', facing: 'front', size: 0.8, head: [16, 4, 15, 19] },
  wolf: animal('wolf', 'front', 0.56, [16, 6, 15, 28], 'peeking'),
  fox: animal('fox', 'front', 0.48, [16, 8, 15, 29], 'peeking'),
  rabbit: animal('rabbit', 'left', 0.38, [8, 4.5, 8]),
  bear: animal('bear', 'front', 0.6, [16, 6, 17, 28], 'peeking'),
  cat: animal('cat', 'left', 0.4, [7, 6, 9]),
  dog: animal('dog', 'left', 0.45, [8.5, 6.5, 10]),
  bird: animal('bird', 'left', 0.28, [12, 2.5, 8], 'flying'),
  owl: animal('owl', 'front', 0.4, [16, 3, 15, 15]),
  duck: animal('duck', 'left', 0.38, [8, 4, 8]),
  hen: animal('chicken', 'left', 0.36, [14, 5, 13, 26], 'peeking'),
  rooster: animal('rooster', 'left', 0.45, [7, 3, 7]),
  frog: animal('frog', 'front', 0.32, [16, 6, 17, 28]),
  mouse: animal('mouse', 'left', 0.25, [8, 4, 10]),
  lion: animal('lion', 'front', 0.6, [16, 6, 15, 27], 'peeking'),
  tiger: animal('tiger', 'left', 0.8, [6.5, 8, 8]),
  elephant: animal('elephant', 'left', 1.5, [8, 6, 10]),
  monkey: animal('monkey', 'front', 0.6, [12.5, 5, 9]),
  horse: animal('horse', 'left', 1.2, [4.5, 3.5, 5]),
  cow: animal('cow', 'left', 1.05, [5, 5, 7]),
  pig: animal('pig', 'left', 0.65, [5, 9, 7]),
  sheep: animal('ewe', 'left', 0.7, [4.5, 4.5, 6]),
  goat: animal('goat', 'left', 0.7, [5, 4, 6]),
  deer: animal('deer', 'left', 1.05, [5, 5.5, 6]),
  squirrel: animal('chipmunk', 'left', 0.32, [6, 4, 9]),
  hedgehog: animal('hedgehog', 'left', 0.28, [5, 11, 8]),
  turtle: animal('turtle', 'left', 0.32, [3, 12, 4]),
  snail: animal('snail', 'left', 0.22, [3.5, 4, 5]),
  bee: animal('honeybee', 'left', 0.16, [4, 8, 6], 'flying'),
  butterfly: animal('butterfly', 'front', 0.2, [16, 6, 4], 'flying'),
  fish: animal('tropical-fish', 'left', 0.3, [5, 8, 8], 'swimming'),
  whale: animal('spouting-whale', 'left', 1.3, [6, 13, 10], 'swimming'),
  dolphin: animal('dolphin', 'left', 0.7, [7, 3, 7], 'swimming'),
  octopus: animal('octopus', 'front', 0.5, [16, 3, 15, 20], 'swimming'),
  penguin: animal('penguin', 'front', 0.5, [16, 3, 13, 14]),
  snake: animal('snake', 'left', 0.45, [22, 2, 10]),
  crocodile: { ...animal('crocodile', 'left', 0.75, [6, 8, 8]), rotate: 90 },
  giraffe: animal('giraffe', 'left', 1.8, [4, 2.5, 5]),
  dragon: animal('dragon', 'left', 1.3, [7, 3, 8]),
  unicorn: animal('unicorn', 'left', 0.6, [9, 4, 11], 'peeking'),
  dinosaur: animal('t-rex', 'left', 1.4, [7.5, 4, 10]),
};

/**
 * Kinds whose usual figure is a man, drawn as a woman when the story calls the character "she":
 * a knight called Bella, a huntress, a sorceress.
 */
export const FEMALE_FIGURES: Partial<Record<CharacterKind, FigureSpec>> = {
  knight: chibi(WOMAN_BODY, 'woman-red-hair', 1, 'shield'),
  hunter: chibi(WOMAN_BODY, 'woman', 1, 'bow-and-arrow'),
  wizard: { icon: 'woman-mage', form: 'bust', facing: 'front', size: 0.64, head: [15, 9, 12], garment: [[190, 220]] },
};

/** The figure for a character of this kind, a woman's where the kind has one and the story says "she". */
export function figureFor(kind: CharacterKind, female: boolean | undefined): FigureSpec {
  return (female ? FEMALE_FIGURES[kind] : undefined) ?? CHARACTER_FIGURES[kind];
}
