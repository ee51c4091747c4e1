import { promises as fs } from 'node:fs';
import { CancelledError, RenderError, StoryloomError, throwIfCancelled } from '../../errors';
import type { RenderContext, RenderResult, Renderer } from '../renderer';
import { chooseBookFonts } from './book-fonts';
import { bookPlanInput } from './book-plan-input';
import { pageGeometry } from './page-geometry';
import { writePdfBook } from './pdf-book-writer';
import { preparePicture } from './picture-preparation';

export const PDF_FILE = 'book.pdf';

export interface PdfRendererOptions {
  /**
   * Font files to search for characters the bundled fonts lack (CJK, …), in order. Default: the
   * system's usual font places and fontconfig. [] means no fallback at all.
   */
  fallbackFonts?: readonly string[];
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
    try {
      const fonts = await chooseBookFonts([input.title, input.endWords, ...input.scenes.map((scene) => scene.text)], this.options.fallbackFonts ?? null);
      if (fonts.uncovered.length > 0) {
        const sample = fonts.uncovered.slice(0, 8).join('');
        warnings.push(`no font on this computer has ${fonts.uncovered.length} of the book's characters ("${sample}"), so the PDF shows empty boxes for them; install a font that has them (for Chinese, Japanese or Korean: fonts-noto-cjk) and render again`);
      }
      await writePdfBook({
        outputPath: folder.resolve(PDF_FILE),
        language: manifest.language,
        input,
        geometry: pageGeometry(pageSize, print),
        fonts,
        signal,
        onProgress,
        loadPicture: async (picture, background) => {
          try {
            return await preparePicture(await fs.readFile(folder.resolve(picture.file)), picture, background);
          } catch (error) {
            throw new RenderError('pdf', `could not use the picture ${picture.file}: ${reasonOf(error)}`, { cause: error });
          }
        },
      });
    } catch (error) {
      if (CancelledError.isInstance(error) || StoryloomError.isInstance(error)) throw error;
      throw new RenderError('pdf', `could not write ${PDF_FILE}: ${reasonOf(error)}`, { cause: error });
    }
    onProgress?.(100);
    return { files: [PDF_FILE], warnings };
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  return error instanceof Error ? error.message : String(error);
}
