import type { Season } from '../../../model';
import type { GroundKind } from './setting-scenery';

/** Daylight colours of each ground, far (at the horizon) and near; grass follows the season. */
export interface GroundColours {
  far: string;
  near: string;
}

const GRASS: Record<Season | 'none', GroundColours> = {
  spring: { far: '#a6d96a', near: '#5fae45' },
  summer: { far: '#8fcf5a', near: '#3f9a3a' },
  autumn: { far: '#d3b45a', near: '#a0782f' },
  winter: { far: '#eef4fb', near: '#cfdceb' },
  none: { far: '#9ad35f', near: '#4aa33f' },
};

const GROUNDS: Record<Exclude<GroundKind, 'grass'>, GroundColours> = {
  sand: { far: '#f6dfa4', near: '#e3b86a' },
  snow: { far: '#f4f8fd', near: '#d3e0ee' },
  rock: { far: '#a8a39a', near: '#7d7468' },
  street: { far: '#b9bcc4', near: '#868a95' },
  field: { far: '#d9c46a', near: '#a9a03f' },
  wood: { far: '#c48a57', near: '#9c6337' },
  tiles: { far: '#efe7da', near: '#d6cbb9' },
  cloud: { far: '#ffffff', near: '#e6eef9' },
  moon: { far: '#b8b6c4', near: '#7f7d8f' },
  water: { far: '#5fb4dc', near: '#2f7fb8' },
};

export function groundColours(kind: GroundKind, season: Season | null): GroundColours {
  if (kind === 'grass') return GRASS[season ?? 'none'];
  if (kind === 'rock' && season === 'winter') return GROUNDS.snow;
  // Farmland follows the year too: green in spring, gold in summer and autumn, white in winter.
  if (kind === 'field' && season === 'spring') return GRASS.spring;
  if (kind === 'field' && season === 'winter') return GRASS.winter;
  return GROUNDS[kind];
}

/** Grass and fields carry snow in winter; other grounds keep their look. */
export function isSnowy(kind: GroundKind, season: Season | null): boolean {
  return kind === 'snow' || ((kind === 'grass' || kind === 'field' || kind === 'rock') && season === 'winter');
}
