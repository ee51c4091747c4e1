import { fromHsl, luminance, mix, toHsl } from './colour';

/**
 * Puts a character's palette on their drawing: the clothes of their figure (colours whose hue falls
 * in the figure's garment ranges keep their light and shade but take the palette colour's hue),
 * and the marker colours of hand-drawn items (see assets/art/README.md).
 */
const HEX = /#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b/g;

function inRanges(hue: number, ranges: [number, number][]): boolean {
  return ranges.some(([from, to]) => hue >= from && hue <= to);
}

export function recolourGarment(body: string, ranges: [number, number][], colour: string): string {
  const matches = new Map<string, [number, number, number]>();
  for (const [hex] of body.matchAll(HEX)) {
    const hsl = toHsl(hex);
    if (hsl[1] >= 0.18 && hsl[2] > 0.1 && hsl[2] < 0.93 && inRanges(hsl[0], ranges)) matches.set(hex, hsl);
  }
  if (matches.size === 0) return body;
  const averageLightness = [...matches.values()].reduce((sum, hsl) => sum + hsl[2], 0) / matches.size;
  const [hue, saturation, lightness] = toHsl(colour);
  const replacements = new Map<string, string>();
  for (const [hex, hsl] of matches) {
    const shifted = Math.max(0.06, Math.min(0.94, lightness + (hsl[2] - averageLightness) * 0.9));
    replacements.set(hex, fromHsl(hue, Math.min(1, saturation * 0.95 + 0.05), shifted));
  }
  return body.replace(HEX, (hex) => replacements.get(hex) ?? hex);
}

/** The three marker colours of hand-drawn items: main, dark and light. */
export const ITEM_MARKERS = { main: '#e8434f', dark: '#b02a3a', light: '#ff8a8a' } as const;

export function recolourItem(body: string, colour: string): string {
  const dark = mix(colour, '#000000', 0.3);
  const light = mix(colour, '#ffffff', 0.4);
  return body.replace(HEX, (hex) => {
    const lower = hex.toLowerCase();
    if (lower === ITEM_MARKERS.main) return colour;
    if (lower === ITEM_MARKERS.dark) return dark;
    if (lower === ITEM_MARKERS.light) return light;
    return hex;
  });
}

/** The item's colour: the palette's second colour, or the first made darker or lighter to stand out from the clothes. */
export function itemColour(palette: readonly string[]): string {
  if (palette.length > 1) return palette[1];
  return luminance(palette[0]) > 0.5 ? mix(palette[0], '#000000', 0.35) : mix(palette[0], '#ffffff', 0.35);
}
