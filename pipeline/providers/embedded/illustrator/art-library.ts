import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeWatercolourTextures } from './watercolour-textures';

/**
 * The drawings the illustrator composes: the committed Fluent Emoji subset (colour and flat) and
 * the hand-drawn parts in assets/art/parts. Loaded once per worker; the builders receive it, so
 * they stay pure and testable.
 */
export type IconVariant = 'colour' | 'flat';

export interface ArtIcon {
  /** Inner SVG markup; ids inside are made unique when the icon is placed. */
  body: string;
  viewBox: [number, number, number, number];
  /** Cut to the viewBox (an icon cropped to leave out its own strip of sea). */
  clip?: boolean;
}

/** Noise images (PNG data URLs) the watercolour style lays over a picture, made once per worker. */
export interface WatercolourTextures {
  /** Low-frequency noise whose red and green channels push edges about. */
  wobble: string;
  /** Paper grain and soft blotches of pigment, mostly transparent. */
  paper: string;
}

export interface ArtLibrary {
  icon(name: string, variant: IconVariant): ArtIcon | undefined;
  textures(): WatercolourTextures;
}

/**
 * Icons cropped to what a picture needs: boats and islands lose the strip of sea drawn under them,
 * so they float on the picture's own water; the tent loses the sky above it, once its moon is
 * trimmed (ICON_TRIMS).
 */
export const ICON_CROPS: Record<string, ArtIcon['viewBox']> = {
  canoe: [0, 8, 32, 14.5],
  sailboat: [0, 0, 32, 24],
  'desert-island': [0, 0, 32, 26.5],
  tent: [0, 13, 32, 17.2],
};

/**
 * Shapes taken out of an icon, by the start of their path data: the crescent moon Fluent Emoji
 * draws over its tent (colour and flat), which hung beside the midday sun and made a second moon
 * at night.
 */
export const ICON_TRIMS: Record<string, string[]> = {
  tent: ['M28.662 12.995', 'M28.61 13.409'],
};

/** The icon's markup without the paths whose data starts with one of `starts`. */
export function trimPaths(body: string, starts: string[]): string {
  return body.replace(/<path\b[^>]*\bd="([^"]*)"[^>]*\/>/g, (path, data: string) => (starts.some((start) => data.startsWith(start)) ? '' : path));
}

export interface EmojiSubsetFile {
  source: { package: string; version: string; flatPackage: string; flatVersion: string; license: string };
  colour: Record<string, ArtIcon>;
  flat: Record<string, ArtIcon>;
}

export const ART_FOLDER = path.resolve(__dirname, '../../../../assets/art');
export const SUBSET_FILE = path.join(ART_FOLDER, 'fluent-emoji-subset.json');
export const PARTS_FOLDER = path.join(ART_FOLDER, 'parts');
export const PART_PREFIX = 'part:';

/** Reads one hand-drawn part: its viewBox and what is inside its <svg> element. */
export function parsePart(markup: string, name: string): ArtIcon {
  const open = /<svg\b[^>]*>/.exec(markup);
  const close = markup.lastIndexOf('</svg>');
  const viewBox = open && /viewBox="([^"]+)"/.exec(open[0]);
  if (!open || close < 0 || !viewBox) throw new Error(`art part ${name} is not an <svg> with a viewBox`);
  const numbers = viewBox[1].trim().split(/[\s,]+/).map(Number);
  if (numbers.length !== 4 || numbers.some((number) => !Number.isFinite(number))) throw new Error(`art part ${name} has a bad viewBox`);
  return { body: markup.slice(open.index + open[0].length, close).trim(), viewBox: numbers as ArtIcon['viewBox'] };
}

export function loadParts(folder = PARTS_FOLDER): Map<string, ArtIcon> {
  const parts = new Map<string, ArtIcon>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.svg')).sort()) {
    const name = file.slice(0, -'.svg'.length);
    parts.set(name, parsePart(readFileSync(path.join(folder, file), 'utf8'), name));
  }
  return parts;
}

export function readEmojiSubset(file = SUBSET_FILE): EmojiSubsetFile {
  return JSON.parse(readFileSync(file, 'utf8')) as EmojiSubsetFile;
}

/** Parts have one look for every style; emoji come in colour and flat. */
export function createArtLibrary(subset: EmojiSubsetFile, parts: Map<string, ArtIcon>, textures: () => WatercolourTextures): ArtLibrary {
  return {
    icon(name, variant) {
      const found = name.startsWith(PART_PREFIX) ? parts.get(name.slice(PART_PREFIX.length)) : subset[variant][name];
      const trims = ICON_TRIMS[name];
      const icon = found && trims ? { ...found, body: trimPaths(found.body, trims) } : found;
      const crop = ICON_CROPS[name];
      return icon && crop ? { ...icon, viewBox: crop, clip: true } : icon;
    },
    textures,
  };
}

let shared: ArtLibrary | undefined;

/** The library from the committed files, loaded on first use and kept for the worker's life. */
export function loadArtLibrary(): ArtLibrary {
  shared ??= createArtLibrary(readEmojiSubset(), loadParts(), makeWatercolourTextures);
  return shared;
}
