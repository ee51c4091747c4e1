import { throwIfCancelled } from '../../errors';
import type { RenderContext, RenderResult, Renderer } from '../renderer';
import { bookPlanInput } from './book-plan-input';
import { temporaryPathFor } from './pdf-book-writer';
import { runPdfJob, type PdfJob } from './pdf-job';
import { runPdfJobInWorker } from './pdf-job-in-worker';

export const PDF_FILE = 'book.pdf';

export interface PdfRendererOptions {
  /**
   * Font files to search for characters the bundled fonts lack (CJK, …), in order. Default: the
   * system's usual font places and fontconfig. [] means no fallback at all.
   */
  fallbackFonts?: readonly string[];
  /** Write in a worker thread (default), keeping the event loop free; false writes in this thread. */
  inWorker?: boolean;
}

/** The picture-book PDF: cover, a page per scene, page numbers, "The End"; see pipeline/render/pdf/. */
export class PdfRenderer implements Renderer {
  readonly format = 'pdf' as const;

  constructor(private readonly options: PdfRendererOptions = {}) {}

  async render({ folder, manifest, onProgress, signal }: RenderContext): Promise<RenderResult> {
    throwIfCancelled(signal);
    onProgress?.(0);
    const { pageSize, print } = manifest.request.options.render;
    const { input, warnings } = bookPlanInput(manifest);
    const job: PdfJob = {
      bookDir: folder.dir,
      outputFile: PDF_FILE,
      temporaryPath: temporaryPathFor(folder.resolve(PDF_FILE)),
      language: manifest.language,
      pageSize,
      print,
      input,
      fallbackFonts: this.options.fallbackFonts ?? null,
    };
    const run = this.options.inWorker === false ? runPdfJob : runPdfJobInWorker;
    const outcome = await run(job, { onProgress, signal });
    throwIfCancelled(signal);
    onProgress?.(100);
    return { files: [PDF_FILE], warnings: [...warnings, ...outcome.warnings] };
  }
}

