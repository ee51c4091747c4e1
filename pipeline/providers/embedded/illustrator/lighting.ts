import type { TimeOfDay, Weather } from '../../../model';
import { mix, parseHex, toHex } from './colour';
import type { GradientStop } from './svg-defs';

/**
 * The light of a time of day: the sky's colours, how land and figures are tinted (channel
 * multipliers, so the same green reads as dusky at dusk and moonlit at night), and which light
 * hangs in the sky. Bad weather greys the sky and dims the land.
 */
export type Multipliers = [number, number, number];

export interface Lighting {
  time: TimeOfDay;
  sky: GradientStop[];
  land: Multipliers;
  /** Figures are lit a little less than the land, so they stay readable at night. */
  figures: Multipliers;
  light: 'sun-high' | 'sun-rising' | 'sun-setting' | 'moon';
  /** The colour of the glow around the sun or moon. */
  glow: string;
  stars: boolean;
}

const TIMES: Record<TimeOfDay, Omit<Lighting, 'time'>> = {
  dawn: { sky: [[0, '#6f86d6'], [0.55, '#f5b3c8'], [1, '#ffe1a8']], land: [1, 0.86, 0.9], figures: [1, 0.93, 0.95], light: 'sun-rising', glow: '#ffd6a0', stars: false },
  day: { sky: [[0, '#4aa8ec'], [0.6, '#9fd6f7'], [1, '#e3f5ff']], land: [1, 1, 1], figures: [1, 1, 1], light: 'sun-high', glow: '#fff3b0', stars: false },
  dusk: { sky: [[0, '#3c3f8f'], [0.5, '#c8619a'], [1, '#ffa95e']], land: [0.92, 0.74, 0.74], figures: [1, 0.86, 0.84], light: 'sun-setting', glow: '#ffb36b', stars: false },
  night: { sky: [[0, '#0a1233'], [0.6, '#1c2e66'], [1, '#35508f']], land: [0.36, 0.42, 0.66], figures: [0.62, 0.66, 0.86], light: 'moon', glow: '#dfe8ff', stars: true },
};

const GREY_WEATHER: Partial<Record<Weather, { grey: string; amount: number; dim: number }>> = {
  cloudy: { grey: '#a9b4c2', amount: 0.45, dim: 0.93 },
  rain: { grey: '#7d8a99', amount: 0.65, dim: 0.82 },
  storm: { grey: '#4a5262', amount: 0.75, dim: 0.66 },
  snow: { grey: '#d5dde8', amount: 0.55, dim: 0.97 },
  fog: { grey: '#c9ced6', amount: 0.7, dim: 0.95 },
};

export function lightingFor(time: TimeOfDay, weather: Weather): Lighting {
  const base = TIMES[time];
  const grey = GREY_WEATHER[weather];
  if (!grey) return { time, ...base };
  const greyAtNight = time === 'night' ? mix(grey.grey, '#0a1233', 0.75) : grey.grey;
  const dim = (multipliers: Multipliers) => multipliers.map((value) => value * grey.dim) as Multipliers;
  return {
    time,
    ...base,
    sky: base.sky.map(([offset, colour]) => [offset, mix(colour, greyAtNight, grey.amount)] as GradientStop),
    land: dim(base.land),
    figures: dim(base.figures),
    stars: false,
  };
}

/** A colour as this light shows it. */
export function lit(hex: string, multipliers: Multipliers): string {
  const channels = parseHex(hex);
  return toHex([channels[0] * multipliers[0], channels[1] * multipliers[1], channels[2] * multipliers[2]]);
}
