import type { BookFolder } from '../book-folder';
import type { Manifest, OutputFormat } from '../model';

export interface RenderContext {
  folder: BookFolder;
  /** A manifest whose scenes all have a picture and a narration, and whose narration is joined. */
  manifest: Manifest;
  /** 0–100 within this format. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

export interface RenderResult {
  /** Paths relative to the book folder; the first is the main file. */
  files: string[];
  warnings: string[];
}

/**
 * Turns a finished book folder into one output format. Renderers read only the folder and its
 * manifest, never a provider, so `storyloom render` can redo them at any time. Throw RenderError
 * on failure.
 */
export interface Renderer {
  readonly format: OutputFormat;
  render(context: RenderContext): Promise<RenderResult>;
}
