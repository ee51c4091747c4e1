import type { Season, Weather } from '../../../model';
import type { StyleKit } from './art-styles';
import type { IconSymbols } from './icon-symbols';
import { lit, type Lighting, type Multipliers } from './lighting';
import type { Random } from '../../../seeded-random';
import type { SvgDefs } from './svg-defs';

/**
 * Everything a builder needs to draw its part of one picture. Builders are pure: they return SVG
 * markup and add to `defs`; randomness comes only from `random(purpose)`, seeded per scene.
 */
export interface Frame {
  width: number;
  height: number;
  /** The y of the horizon (outdoors) or of the wall's foot (indoors). */
  horizon: number;
  /** The height of a grown-up standing at the front, in pixels. */
  unit: number;
}

export interface DrawContext {
  frame: Frame;
  defs: SvgDefs;
  symbols: IconSymbols;
  kit: StyleKit;
  lighting: Lighting;
  weather: Weather;
  season: Season | null;
  /**
   * The light icons are tinted with: figures a little brighter than the scenery, so characters
   * stay readable at night. Null when the style does its own (silhouettes).
   */
  tint: { figures: Multipliers | null; scenery: Multipliers | null };
  random(purpose: string): Random;
}

/** A land colour lit by the time of day and treated by the style; depth 0 is far, 1 is near. */
export function landColour(context: DrawContext, colour: string, depth: number): string {
  return context.kit.land(lit(colour, context.lighting.land), depth);
}
