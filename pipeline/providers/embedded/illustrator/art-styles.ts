import type { ArtStyle } from '../../../model';
import type { ArtLibrary, IconVariant } from './art-library';
import { mix } from './colour';
import { PAPER_TILE, WOBBLE_TILE } from './watercolour-textures';
import type { Lighting } from './lighting';
import { round, type GradientStop, type SvgDefs } from './svg-defs';

/**
 * How each art style treats the same drawing:
 * picture-book: colour emoji on soft painted gradients;
 * flat: flat emoji and flat single-colour shapes;
 * watercolour: flat emoji and light washes, with the whole picture wobbled by feTurbulence +
 *   feDisplacementMap, softened, and laid on a paper grain;
 * silhouette: a night-light: dark figures and layered dark land against a glowing sky.
 */
export interface StyleKit {
  style: ArtStyle;
  variant: IconVariant;
  /** Whether the time of day tints icons (silhouettes are already dark). */
  lightsIcons: boolean;
  /** A shape's fill from its lit (top) and shaded (bottom) colours. */
  paint(defs: SvgDefs, top: string, bottom: string): string;
  /** A land colour as the style shows it; depth 0 is the horizon, 1 the front. */
  land(colour: string, depth: number): string;
  sky(lighting: Lighting): GradientStop[];
  /** Extra attributes for an icon at a depth: silhouettes fill it with their dark colour. */
  iconAttributes(defs: SvgDefs, depth: number): string;
  /** Wraps the finished picture (the watercolour paper). */
  finish(defs: SvgDefs, content: string, size: { width: number; height: number }, seed: number, art: ArtLibrary): string;
}

const SILHOUETTE_INK = '#1b1431';
const SILHOUETTE_SKIES: Record<Lighting['time'], GradientStop[]> = {
  dawn: [[0, '#2b2a6b'], [0.55, '#e07a8f'], [1, '#ffd9a0']],
  day: [[0, '#3a5fb0'], [0.55, '#f4a86a'], [1, '#ffe6a6']],
  dusk: [[0, '#221a4f'], [0.5, '#b3477a'], [1, '#ffa04f']],
  night: [[0, '#0b0d2e'], [0.55, '#2f3d85'], [1, '#7f9ee0']],
};

/** Fills an icon with one dark colour; the alpha boost closes the hairline seams between its shapes. */
function silhouetteFilter(defs: SvgDefs, depth: number): string {
  const level = Math.round(Math.max(0, Math.min(1, depth)) * 3);
  const colour = mix('#6a5a94', SILHOUETTE_INK, [0.45, 0.7, 0.88, 1][level]);
  const id = defs.once(`silhouette|${level}`, 'f', (newId) => `<filter id="${newId}" color-interpolation-filters="sRGB"><feFlood flood-color="${colour}"/><feComposite in2="SourceAlpha" operator="in"/><feComponentTransfer><feFuncA type="linear" slope="1.8"/></feComponentTransfer></filter>`);
  return `filter="url(#${id})"`;
}

function watercolourFinish(defs: SvgDefs, content: string, size: { width: number; height: number }, seed: number, art: ArtLibrary): string {
  const { wobble, paper } = art.textures();
  const { width, height } = size;
  // Pages differ in which noise channel pushes which way, and in where the paper's blotches fall.
  // (The wobble tile itself must start at the origin: resvg tiles only the part of it inside the
  // filter region, so an offset tile repeats with a seam.)
  const shift = (seed * 37) % WOBBLE_TILE;
  const [across, down] = seed % 2 === 0 ? ['R', 'G'] : ['G', 'R'];
  const filter = defs.once(`watercolour|${across}`, 'w', (id) => `<filter id="${id}" x="0" y="0" width="${width}" height="${height}" filterUnits="userSpaceOnUse" color-interpolation-filters="sRGB"><feImage href="${wobble}" x="0" y="0" width="${WOBBLE_TILE}" height="${WOBBLE_TILE}" result="tile"/><feTile in="tile" result="noise"/><feDisplacementMap in="SourceGraphic" in2="noise" scale="${round(width / 80)}" xChannelSelector="${across}" yChannelSelector="${down}"/></filter>`);
  const grain = defs.once(`paper|${shift}`, 'p', (id) => `<pattern id="${id}" patternUnits="userSpaceOnUse" x="${-shift * 2}" y="${-shift}" width="${PAPER_TILE}" height="${PAPER_TILE}"><image href="${paper}" width="${PAPER_TILE}" height="${PAPER_TILE}"/></pattern>`);
  return `<g filter="url(#${filter})">${content}</g><rect width="${width}" height="${height}" fill="url(#${grain})"/>`;
}

/** A sky in flat bands of colour instead of a smooth gradient. */
function bands(stops: GradientStop[]): GradientStop[] {
  const count = 4;
  const colourAt = (t: number) => {
    const upper = stops.findIndex(([offset]) => offset >= t);
    if (upper <= 0) return stops[Math.max(0, upper)][1];
    const [from, to] = [stops[upper - 1], stops[upper]];
    return mix(from[1], to[1], (t - from[0]) / (to[0] - from[0]));
  };
  const result: GradientStop[] = [];
  for (let band = 0; band < count; band++) {
    const colour = colourAt(band / (count - 1));
    result.push([band / count, colour], [(band + 1) / count, colour]);
  }
  return result;
}

const asIs = (_defs: SvgDefs, content: string) => content;

export function styleKit(style: ArtStyle): StyleKit {
  switch (style) {
    case 'picture-book':
      return { style, variant: 'colour', lightsIcons: true, paint: (defs, top, bottom) => defs.linear([[0, top], [1, bottom]]), land: (colour) => colour, sky: (lighting) => lighting.sky, iconAttributes: () => '', finish: asIs };
    case 'flat':
      return { style, variant: 'flat', lightsIcons: true, paint: (_defs, top, bottom) => mix(top, bottom, 0.35), land: (colour) => colour, sky: (lighting) => bands(lighting.sky), iconAttributes: () => '', finish: asIs };
    case 'watercolour':
      return {
        style,
        variant: 'flat',
        lightsIcons: true,
        paint: (defs, top, bottom) => defs.linear([[0, mix(top, '#ffffff', 0.16)], [1, mix(bottom, '#ffffff', 0.08)]]),
        land: (colour) => mix(colour, '#fff8ec', 0.16),
        sky: (lighting) => lighting.sky.map(([offset, colour]) => [offset, mix(colour, '#fff8ec', 0.22)] as GradientStop),
        iconAttributes: () => '',
        finish: watercolourFinish,
      };
    case 'silhouette':
      return {
        style,
        variant: 'flat',
        lightsIcons: false,
        paint: (_defs, top) => top,
        land: (_colour, depth) => mix('#7a64a0', SILHOUETTE_INK, 0.5 + 0.5 * Math.max(0, Math.min(1, depth))),
        sky: (lighting) => SILHOUETTE_SKIES[lighting.time],
        iconAttributes: silhouetteFilter,
        finish: asIs,
      };
  }
}
