import type { OutputFormat } from '../model';
import type { Renderer } from './renderer';
import { WebRenderer } from './web/web-renderer';

/**
 * Every built-in renderer, one per output format. Each renderer lives in render/<format>/ and
 * adds itself here.
 */
export function defaultRenderers(): Renderer[] {
  return [new WebRenderer()];
}

export function rendererFor(format: OutputFormat, renderers: Renderer[] = defaultRenderers()): Renderer | undefined {
  return renderers.find((renderer) => renderer.format === format);
}
