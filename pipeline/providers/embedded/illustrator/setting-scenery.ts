import type { Setting } from '../../../model';

/**
 * What each setting looks like, as data the background builders read: which layout (open land, sea,
 * ship deck, room, cave, sky, space), the ground, the horizon shapes far to near, water, the
 * landmark (one is picked per page), scattered decorations, and what a close-up figure stands
 * behind. Icons are Fluent Emoji names or "part:name" drawings from assets/art/parts.
 */
export type SettingLayout = 'land' | 'sea' | 'ship' | 'room' | 'cave' | 'sky' | 'space';
export type GroundKind = 'grass' | 'sand' | 'snow' | 'rock' | 'street' | 'field' | 'wood' | 'tiles' | 'cloud' | 'moon' | 'water';
export type HorizonKind = 'hills' | 'mountains' | 'treeline' | 'hedge' | 'skyline' | 'dunes' | 'sea' | 'fence';
export type WaterKind = 'river' | 'lake';

export interface Scatter {
  icons: string[];
  count: [number, number];
  /** Height range relative to a grown-up. */
  size: [number, number];
  /** far: along the horizon; sides: framing the picture left and right; ground: in the field; wall: on a room's wall (or a ship's rail); shelf: on a shelf on the wall; sky: up high. */
  where: 'far' | 'sides' | 'ground' | 'wall' | 'shelf' | 'sky';
}

export interface SettingScenery {
  layout: SettingLayout;
  ground: GroundKind;
  horizon: HorizonKind[];
  water?: WaterKind;
  landmarks: string[];
  /** Landmark height relative to a grown-up. */
  landmarkSize: number;
  scatter: Scatter[];
  /** What a bust or face figure stands behind when it is not framed at the bottom edge. */
  cover: string | null;
  /** Rooms: wall and floor colours (daylight). */
  room?: { wall: string; trim: string; floor: string };
}

const trees = (count: [number, number], size: [number, number], where: Scatter['where'] = 'sides'): Scatter => ({ icons: ['evergreen-tree', 'deciduous-tree'], count, size, where });

export const SETTING_SCENERY: Record<Setting, SettingScenery> = {
  forest: { layout: 'land', ground: 'grass', horizon: ['treeline', 'treeline'], landmarks: ['evergreen-tree', 'deciduous-tree'], landmarkSize: 2.4, scatter: [trees([3, 5], [1.2, 2.2]), trees([3, 6], [0.5, 0.8], 'far'), { icons: ['mushroom', 'herb'], count: [2, 4], size: [0.1, 0.16], where: 'ground' }], cover: 'part:bush' },
  meadow: { layout: 'land', ground: 'grass', horizon: ['hills', 'hills'], landmarks: ['deciduous-tree'], landmarkSize: 1.8, scatter: [{ icons: ['blossom', 'tulip', 'sunflower'], count: [5, 9], size: [0.1, 0.18], where: 'ground' }], cover: 'part:bush' },
  garden: { layout: 'land', ground: 'grass', horizon: ['hedge', 'fence'], landmarks: ['house-with-garden', 'fountain'], landmarkSize: 1.3, scatter: [{ icons: ['tulip', 'rose', 'sunflower', 'blossom'], count: [6, 10], size: [0.14, 0.24], where: 'ground' }], cover: 'part:bush' },
  farm: { layout: 'land', ground: 'field', horizon: ['hills', 'fence'], landmarks: ['part:barn', 'house-with-garden'], landmarkSize: 1.4, scatter: [{ icons: ['sheaf-of-rice'], count: [2, 4], size: [0.2, 0.3], where: 'ground' }, { icons: ['tractor'], count: [0, 1], size: [0.5, 0.5], where: 'far' }], cover: 'part:bush' },
  village: { layout: 'land', ground: 'grass', horizon: ['hills'], landmarks: ['house', 'church', 'house-with-garden'], landmarkSize: 1.4, scatter: [{ icons: ['house', 'hut', 'house-with-garden', 'houses'], count: [3, 5], size: [0.45, 0.7], where: 'far' }, trees([1, 2], [0.9, 1.3])], cover: 'part:bush' },
  city: { layout: 'land', ground: 'street', horizon: ['skyline'], landmarks: ['classical-building', 'office-building', 'department-store'], landmarkSize: 1.9, scatter: [{ icons: ['office-building', 'hotel', 'house'], count: [3, 5], size: [0.7, 1.1], where: 'far' }, { icons: ['potted-plant'], count: [0, 2], size: [0.2, 0.3], where: 'ground' }], cover: null },
  castle: { layout: 'land', ground: 'grass', horizon: ['hills', 'hills'], landmarks: ['castle'], landmarkSize: 2.2, scatter: [trees([1, 3], [0.8, 1.4]), { icons: ['blossom'], count: [2, 4], size: [0.1, 0.14], where: 'ground' }], cover: 'part:bush' },
  house: { layout: 'room', ground: 'wood', horizon: [], landmarks: ['couch-and-lamp'], landmarkSize: 1.1, scatter: [{ icons: ['framed-picture'], count: [1, 2], size: [0.3, 0.4], where: 'wall' }, { icons: ['potted-plant'], count: [1, 1], size: [0.35, 0.45], where: 'ground' }], cover: null, room: { wall: '#f3dcb4', trim: '#c98f5a', floor: '#b9794a' } },
  bedroom: { layout: 'room', ground: 'wood', horizon: [], landmarks: ['bed'], landmarkSize: 1.15, scatter: [{ icons: ['framed-picture'], count: [1, 1], size: [0.3, 0.35], where: 'wall' }, { icons: ['teddy-bear'], count: [1, 1], size: [0.25, 0.3], where: 'ground' }], cover: null, room: { wall: '#c9dcf2', trim: '#8ea9cf', floor: '#c08a5a' } },
  kitchen: { layout: 'room', ground: 'tiles', horizon: [], landmarks: ['part:stove'], landmarkSize: 1.1, scatter: [{ icons: ['teapot', 'bread', 'red-apple', 'cooking', 'honey-pot'], count: [2, 4], size: [0.13, 0.16], where: 'shelf' }], cover: null, room: { wall: '#fbe7a8', trim: '#d9a441', floor: '#e9e1d4' } },
  beach: { layout: 'land', ground: 'sand', horizon: ['sea'], landmarks: ['palm-tree'], landmarkSize: 1.9, scatter: [{ icons: ['spiral-shell', 'part:starfish'], count: [2, 4], size: [0.08, 0.12], where: 'ground' }, { icons: ['sailboat'], count: [0, 1], size: [0.25, 0.3], where: 'far' }], cover: 'part:boulder' },
  sea: { layout: 'sea', ground: 'water', horizon: ['sea'], landmarks: ['desert-island', 'sailboat', 'part:lighthouse'], landmarkSize: 1.1, scatter: [{ icons: ['sailboat'], count: [0, 1], size: [0.25, 0.35], where: 'far' }], cover: 'canoe' },
  ship: { layout: 'ship', ground: 'wood', horizon: ['sea'], landmarks: ['part:mast'], landmarkSize: 2.4, scatter: [{ icons: ['ring-buoy', 'anchor'], count: [1, 1], size: [0.22, 0.3], where: 'wall' }], cover: null },
  river: { layout: 'land', ground: 'grass', horizon: ['hills', 'treeline'], water: 'river', landmarks: ['part:bridge', 'deciduous-tree'], landmarkSize: 1.2, scatter: [{ icons: ['part:reeds'], count: [2, 4], size: [0.25, 0.35], where: 'ground' }, trees([1, 3], [0.9, 1.4])], cover: 'part:bush' },
  lake: { layout: 'land', ground: 'grass', horizon: ['mountains', 'treeline'], water: 'lake', landmarks: ['hut', 'evergreen-tree'], landmarkSize: 1.2, scatter: [{ icons: ['part:reeds'], count: [2, 3], size: [0.25, 0.35], where: 'ground' }, trees([1, 2], [1, 1.5])], cover: 'part:bush' },
  mountain: { layout: 'land', ground: 'rock', horizon: ['mountains', 'hills'], landmarks: ['hut', 'tent'], landmarkSize: 1.1, scatter: [{ icons: ['rock'], count: [2, 3], size: [0.15, 0.3], where: 'ground' }, { icons: ['evergreen-tree'], count: [2, 4], size: [0.6, 1.2], where: 'sides' }], cover: 'part:boulder' },
  cave: { layout: 'cave', ground: 'rock', horizon: [], landmarks: ['gem-stone', 'part:crystals'], landmarkSize: 0.5, scatter: [{ icons: ['rock'], count: [1, 3], size: [0.15, 0.3], where: 'ground' }, { icons: ['part:crystals'], count: [1, 2], size: [0.25, 0.4], where: 'ground' }], cover: 'part:boulder' },
  desert: { layout: 'land', ground: 'sand', horizon: ['dunes', 'dunes'], landmarks: ['cactus', 'two-hump-camel'], landmarkSize: 1.3, scatter: [{ icons: ['cactus'], count: [1, 3], size: [0.3, 0.6], where: 'ground' }, { icons: ['rock'], count: [0, 2], size: [0.1, 0.2], where: 'ground' }], cover: 'part:boulder' },
  snowfield: { layout: 'land', ground: 'snow', horizon: ['mountains', 'hills'], landmarks: ['snowman', 'evergreen-tree'], landmarkSize: 1.0, scatter: [{ icons: ['evergreen-tree'], count: [3, 5], size: [0.6, 1.5], where: 'sides' }], cover: 'part:snow-bush' },
  sky: { layout: 'sky', ground: 'cloud', horizon: [], landmarks: ['rainbow', 'part:hot-air-balloon'], landmarkSize: 1.1, scatter: [{ icons: ['cloud'], count: [3, 5], size: [0.3, 0.6], where: 'sky' }], cover: 'cloud' },
  space: { layout: 'space', ground: 'moon', horizon: [], landmarks: ['ringed-planet', 'globe-showing-europe-africa'], landmarkSize: 0.9, scatter: [{ icons: ['comet', 'glowing-star'], count: [1, 3], size: [0.12, 0.25], where: 'sky' }], cover: 'part:boulder' },
};
