import { Resvg } from '@resvg/resvg-js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * SVG to PNG with resvg. Pictures carry no text, so system fonts are never loaded (loading them
 * would cost more than drawing). Call it off the main thread: it blocks for the whole render.
 */
export function rasterize(svg: string): Uint8Array {
  const png = new Resvg(svg, { font: { loadSystemFonts: false }, shapeRendering: 2, imageRendering: 0 }).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

let collectGarbage: ((options: { type: 'minor' }) => void) | null = null;

/**
 * Frees the native memory of the pictures already drawn. resvg's pixmap (4 MB a square picture)
 * goes only when V8 collects the small objects wrapping it, and V8 does not count native memory,
 * so it seldom does: a worker grew about 4 MB a picture, and a 200-scene book peaked near 900 MB
 * (npm run bench). The wrappers die young, so a minor collection (a millisecond) finds them.
 * Call it once the picture has been handed over, outside the render.
 */
export function freeRasterMemory(): void {
  if (!collectGarbage) {
    setFlagsFromString('--expose-gc');
    collectGarbage = runInNewContext('gc') as (options: { type: 'minor' }) => void;
  }
  collectGarbage({ type: 'minor' });
}
