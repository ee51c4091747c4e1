/**
 * The shared vocabulary of scene descriptions. The planner's lexicons (assets/lexicon/<lang>.json)
 * map words in each language to these keys; the embedded illustrator draws every key; cloud
 * prompts spell them out. A key outside these lists is allowed (cloud planners may invent one)
 * and the embedded illustrator reports it as a warning.
 */

export const SETTINGS = [
  'forest', 'meadow', 'garden', 'farm', 'village', 'city', 'castle', 'house', 'bedroom', 'kitchen',
  'beach', 'sea', 'ship', 'river', 'lake', 'mountain', 'cave', 'desert', 'snowfield', 'sky', 'space',
] as const;
export type Setting = (typeof SETTINGS)[number];

/** Whether a setting is indoors (no sky, no weather overlay) or out. */
export const INDOOR_SETTINGS: readonly Setting[] = ['house', 'bedroom', 'kitchen', 'cave'];

export const CHARACTER_KINDS = [
  // people
  'girl', 'boy', 'baby', 'woman', 'man', 'mother', 'father', 'grandmother', 'grandfather',
  'king', 'queen', 'prince', 'princess', 'knight', 'witch', 'wizard', 'fairy', 'giant', 'mermaid',
  'hunter', 'farmer', 'sailor', 'astronaut', 'robot', 'ghost',
  // animals and creatures
  'wolf', 'fox', 'rabbit', 'bear', 'cat', 'dog', 'bird', 'owl', 'duck', 'hen', 'rooster', 'frog',
  'mouse', 'lion', 'tiger', 'elephant', 'monkey', 'horse', 'cow', 'pig', 'sheep', 'goat', 'deer',
  'squirrel', 'hedgehog', 'turtle', 'snail', 'bee', 'butterfly', 'fish', 'whale', 'dolphin',
  'octopus', 'penguin', 'snake', 'crocodile', 'giraffe', 'dragon', 'unicorn', 'dinosaur',
] as const;
export type CharacterKind = (typeof CHARACTER_KINDS)[number];

export const OBJECTS = [
  'basket', 'apple', 'bread', 'cake', 'cheese', 'honey', 'egg', 'carrot', 'mushroom', 'pumpkin',
  'flower', 'rose', 'tree', 'book', 'letter', 'map', 'key', 'lantern', 'candle', 'clock', 'bed',
  'chair', 'door', 'cup', 'teapot', 'ball', 'kite', 'balloon', 'boat', 'sailboat', 'car', 'train',
  'bicycle', 'rocket', 'airplane', 'telescope', 'umbrella', 'sword', 'shield', 'crown', 'ring',
  'treasure', 'coins', 'wand', 'star', 'moon', 'sun', 'rainbow', 'bridge', 'well', 'tent', 'fire',
  'shell', 'gift', 'bell', 'shoe', 'violin', 'drum',
] as const;
export type ObjectKey = (typeof OBJECTS)[number];

/** A character's one distinguishing item, drawn on them on every page. */
export const CHARACTER_ITEMS = [
  'red-cap', 'crown', 'scarf', 'top-hat', 'ribbon', 'glasses', 'backpack', 'umbrella', 'necklace',
  'flower', 'wand', 'bell', 'cape', 'boots', 'bow-tie',
] as const;
export type CharacterItem = (typeof CHARACTER_ITEMS)[number];
