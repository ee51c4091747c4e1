import type { ArtStyle, PictureSize, Scene, StoryBible } from '../../../model';
import type { WorkerHandler } from '../../../workers/worker-pool';
import { loadArtLibrary } from './art-library';
import { freeRasterMemory, rasterize } from './rasterize';
import { drawScene } from './scene-drawing';

/**
 * The worker-thread side of the embedded illustrator: draws the scene as SVG and rasterizes it with
 * resvg, both off the main thread. The art is loaded once per worker, on its first picture.
 */
export interface IllustrateRequest {
  scene: Scene;
  bible: StoryBible;
  style: ArtStyle;
  size: PictureSize;
  seed: number;
}

export interface IllustrateResult {
  image: Uint8Array;
  width: number;
  height: number;
  drawn: string[];
  warnings: string[];
}

export const handle: WorkerHandler<IllustrateRequest, IllustrateResult> = async (request) => {
  const drawing = drawScene(loadArtLibrary(), request);
  const png = rasterize(drawing.svg);
  // A buffer of its own, so it can be handed to the main thread without copying.
  const image = new Uint8Array(png.byteLength);
  image.set(png);
  // After the answer is posted, so the picture is not kept waiting.
  setImmediate(freeRasterMemory);
  return { result: { image, width: drawing.width, height: drawing.height, drawn: drawing.drawn, warnings: drawing.warnings }, transfer: [image.buffer] };
};
