/**
 * Writes assets/art/fluent-emoji-subset.json: only the Fluent Emoji the illustrator uses, colour
 * and flat, so a worker loads a few MB instead of the 99 MB colour set. Run it after changing any
 * drawing table:  npx tsx pipeline/providers/embedded/illustrator/extract-emoji-subset.ts
 *
 * Colour icons lose their Figma "inner shadow" filters here: they are nearly invisible at picture
 * sizes and were most of the rendering time (a basket went from ~240 ms to ~20 ms). Blur filters,
 * which make the soft highlights, are kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SUBSET_FILE, type ArtIcon, type EmojiSubsetFile } from './art-library';
import { emojiNamesUsed } from './emoji-names';

// @iconify/utils is ESM-only, so it is loaded with import() from this CommonJS module.
type IconUtilities = typeof import('@iconify/utils', { with: { 'resolution-mode': 'import' } });
type IconifyJSON = Parameters<IconUtilities['getIconData']>[0];

const PACKAGES = { colour: '@iconify-json/fluent-emoji', flat: '@iconify-json/fluent-emoji-flat' } as const;

function packageFolder(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

export function withoutInnerShadows(body: string): string {
  const dropped = new Set<string>();
  const kept = body.replace(/<filter id="([^"]+)"[\s\S]*?<\/filter>/g, (filter, id: string) => {
    if (!/feOffset|operator="arithmetic"/.test(filter)) return filter;
    dropped.add(id);
    return '';
  });
  return kept.replace(/ filter="url\(#([^)]+)\)"/g, (attribute, id: string) => (dropped.has(id) ? '' : attribute));
}

function extract(utilities: IconUtilities, set: IconifyJSON, names: string[], simplify: (body: string) => string): Record<string, ArtIcon> {
  const { getIconData, iconToSVG } = utilities;
  const icons: Record<string, ArtIcon> = {};
  for (const name of names) {
    const data = getIconData(set, name);
    if (!data) throw new Error(`${set.prefix} has no icon named "${name}"`);
    const svg = iconToSVG(data);
    const viewBox = svg.attributes.viewBox.split(' ').map(Number) as ArtIcon['viewBox'];
    icons[name] = { body: simplify(svg.body), viewBox };
  }
  return icons;
}

async function main(): Promise<void> {
  const utilities = await import('@iconify/utils');
  const names = emojiNamesUsed();
  const read = (name: string) => JSON.parse(readFileSync(path.join(packageFolder(name), 'icons.json'), 'utf8')) as IconifyJSON;
  const version = (name: string) => (JSON.parse(readFileSync(path.join(packageFolder(name), 'package.json'), 'utf8')) as { version: string }).version;
  const subset: EmojiSubsetFile = {
    source: {
      package: PACKAGES.colour,
      version: version(PACKAGES.colour),
      flatPackage: PACKAGES.flat,
      flatVersion: version(PACKAGES.flat),
      license: 'MIT, Microsoft Corporation (https://github.com/microsoft/fluentui-emoji); see assets/art/FLUENT-EMOJI-LICENSE',
    },
    colour: extract(utilities, read(PACKAGES.colour), names, withoutInnerShadows),
    flat: extract(utilities, read(PACKAGES.flat), names, (body) => body),
  };
  writeFileSync(SUBSET_FILE, `${JSON.stringify(subset)}\n`);
  const megabytes = (JSON.stringify(subset).length / 1e6).toFixed(2);
  process.stdout.write(`wrote ${names.length} icons (colour and flat, ${megabytes} MB) to ${path.relative(process.cwd(), SUBSET_FILE)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
