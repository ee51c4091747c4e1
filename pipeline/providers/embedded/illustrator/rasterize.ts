import { Resvg } from '@resvg/resvg-js';

/**
 * SVG to PNG with resvg. Pictures carry no text, so system fonts are never loaded (loading them
 * would cost more than drawing). Call it off the main thread: it blocks for the whole render.
 */
export function rasterize(svg: string): Uint8Array {
  const png = new Resvg(svg, { font: { loadSystemFonts: false }, shapeRendering: 2, imageRendering: 0 }).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
