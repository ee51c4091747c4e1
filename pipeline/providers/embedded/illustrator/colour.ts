/** Small colour arithmetic for #rrggbb strings: mixing for light and season, HSL for recolouring garments. */

export function parseHex(hex: string): [number, number, number] {
  let value = hex.replace('#', '');
  if (value.length === 3) value = [...value].map((digit) => digit + digit).join('');
  const number = Number.parseInt(value, 16);
  return [(number >> 16) & 255, (number >> 8) & 255, number & 255];
}

export function toHex([red, green, blue]: [number, number, number]): string {
  const clamp = (channel: number) => Math.max(0, Math.min(255, Math.round(channel)));
  return `#${((1 << 24) | (clamp(red) << 16) | (clamp(green) << 8) | clamp(blue)).toString(16).slice(1)}`;
}

/** `amount` 0 gives `from`, 1 gives `to`. */
export function mix(from: string, to: string, amount: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  return toHex([a[0] + (b[0] - a[0]) * amount, a[1] + (b[1] - a[1]) * amount, a[2] + (b[2] - a[2]) * amount]);
}

export function toHsl(hex: string): [number, number, number] {
  const [red, green, blue] = parseHex(hex).map((channel) => channel / 255);
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const lightness = (max + min) / 2;
  if (max === min) return [0, 0, lightness];
  const delta = max - min;
  const saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min);
  let hue = max === red ? (green - blue) / delta + (green < blue ? 6 : 0) : max === green ? (blue - red) / delta + 2 : (red - green) / delta + 4;
  hue *= 60;
  return [hue, saturation, lightness];
}

export function fromHsl(hue: number, saturation: number, lightness: number): string {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const sector = (((hue % 360) + 360) % 360) / 60;
  const second = chroma * (1 - Math.abs((sector % 2) - 1));
  const [red, green, blue] =
    sector < 1 ? [chroma, second, 0] : sector < 2 ? [second, chroma, 0] : sector < 3 ? [0, chroma, second] : sector < 4 ? [0, second, chroma] : sector < 5 ? [second, 0, chroma] : [chroma, 0, second];
  const offset = lightness - chroma / 2;
  return toHex([(red + offset) * 255, (green + offset) * 255, (blue + offset) * 255]);
}

/** How light a colour looks, 0–1 (Rec. 709 weights), to pick readable contrasts. */
export function luminance(hex: string): number {
  const [red, green, blue] = parseHex(hex);
  return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255;
}
