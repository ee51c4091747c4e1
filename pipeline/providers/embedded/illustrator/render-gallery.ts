/**
 * Renders the gallery scenes in every style, so a person can look at them:
 *   npx tsx pipeline/providers/embedded/illustrator/render-gallery.ts out/gallery [size] [seed]
 * Prints each picture's drawing and rasterizing time (CPU). GALLERY_STYLE=flat or GALLERY_ONLY=forest
 * narrow it down.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ART_STYLES, PICTURE_SIZES, type PictureSize } from '../../../model';
import { loadArtLibrary } from './art-library';
import { GALLERY_BIBLE, GALLERY_DESCRIPTIONS, galleryScene } from './gallery-scenes';
import { rasterize } from './rasterize';
import { drawScene } from './scene-drawing';

function main(): void {
  const folder = process.argv[2] ?? 'out/gallery';
  const size = (process.argv[3] ?? 'square') as PictureSize;
  const seed = Number(process.argv[4] ?? 1);
  if (!PICTURE_SIZES.includes(size)) throw new Error(`size must be one of ${PICTURE_SIZES.join(', ')}`);
  mkdirSync(folder, { recursive: true });
  const art = loadArtLibrary();
  const only = process.env.GALLERY_ONLY;
  for (const style of ART_STYLES) {
    if (process.env.GALLERY_STYLE && process.env.GALLERY_STYLE !== style) continue;
    GALLERY_DESCRIPTIONS.forEach(({ name, description }, index) => {
      if (only && !name.includes(only)) return;
      // CPU time, not wall time: on a busy machine the wall clock measures the neighbours.
      const started = process.cpuUsage();
      const drawing = drawScene(art, { scene: galleryScene(index, description), bible: GALLERY_BIBLE, style, size, seed });
      const drawnAt = process.cpuUsage();
      const png = rasterize(drawing.svg);
      const finished = process.cpuUsage();
      const file = path.join(folder, `${style}-${name}.png`);
      writeFileSync(file, png);
      const milliseconds = (from: NodeJS.CpuUsage, to: NodeJS.CpuUsage) => ((to.user - from.user + to.system - from.system) / 1000).toFixed(0);
      const timing = `cpu: svg ${milliseconds(started, drawnAt)} ms, png ${milliseconds(drawnAt, finished)} ms`;
      process.stdout.write(`${file}  ${timing}  ${drawing.drawn.join(' ')}${drawing.warnings.length ? `  warnings: ${drawing.warnings.join('; ')}` : ''}\n`);
    });
  }
}

main();
