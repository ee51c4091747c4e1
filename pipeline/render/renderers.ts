import type { OutputFormat } from '../model';
import type { Renderer } from './renderer';
import { WebRenderer } from './web/web-renderer';
import { PdfRenderer } from './pdf/pdf-renderer';
import { VideoRenderer } from './video/video-renderer';
import { EpubRenderer } from './epub/epub-renderer';

/**
 * Every built-in renderer, one per output format. Each renderer lives in render/<format>/ and
 * adds itself here.
 */
export function defaultRenderers(): Renderer[] {
  return [new WebRenderer(), new PdfRenderer(), new VideoRenderer(), new EpubRenderer()];
}

export function rendererFor(format: OutputFormat, renderers: Renderer[] = defaultRenderers()): Renderer | undefined {
  return renderers.find((renderer) => renderer.format === format);
}
