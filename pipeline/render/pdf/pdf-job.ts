import { promises as fs } from 'node:fs';
import { BookFolder } from '../../book-folder';
import { CancelledError, RenderError, StoryloomError } from '../../errors';
import type { PdfPageSize } from '../../model';
import { chooseBookFonts } from './book-fonts';
import type { BookPlanInput } from './book-plan';
import { pageGeometry } from './page-geometry';
import { writePdfBook } from './pdf-book-writer';
import { preparePicture } from './picture-preparation';

/** Everything needed to write one book.pdf; plain data, so it can cross into a worker thread. */
export interface PdfJob {
  bookDir: string;
  /** Relative to the book folder. */
  outputFile: string;
  /** Absolute; where the PDF is streamed before it is renamed into place. */
  temporaryPath: string;
  language: string;
  pageSize: PdfPageSize;
  print: boolean;
  input: BookPlanInput;
  /** Font files to search for characters the bundled fonts lack; null: this system's usual places. */
  fallbackFonts: readonly string[] | null;
}

export interface PdfJobHooks {
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/** Writes the PDF in this thread. Failures come out as RenderError or CancelledError. */
export async function runPdfJob(job: PdfJob, hooks: PdfJobHooks = {}): Promise<{ pages: number; warnings: string[] }> {
  const folder = new BookFolder(job.bookDir);
  const warnings: string[] = [];
  try {
    const { input } = job;
    const fonts = await chooseBookFonts([input.title, input.endWords, ...input.scenes.map((scene) => scene.text)], job.fallbackFonts);
    if (fonts.uncovered.length > 0) {
      const sample = fonts.uncovered.slice(0, 8).join('');
      warnings.push(`no font on this computer has ${fonts.uncovered.length} of the book's characters ("${sample}"), so the PDF shows empty boxes for them; install a font that has them (for Chinese, Japanese or Korean: fonts-noto-cjk) and render again`);
    }
    const { pages } = await writePdfBook({
      outputPath: folder.resolve(job.outputFile),
      temporaryPath: job.temporaryPath,
      language: job.language,
      input,
      geometry: pageGeometry(job.pageSize, job.print),
      fonts,
      signal: hooks.signal,
      onProgress: hooks.onProgress,
      loadPicture: async (picture, background) => {
        try {
          return await preparePicture(await fs.readFile(folder.resolve(picture.file)), picture, background);
        } catch (error) {
          throw new RenderError('pdf', `could not use the picture ${picture.file}: ${reasonOf(error)}`, { cause: error });
        }
      },
    });
    return { pages, warnings };
  } catch (error) {
    if (CancelledError.isInstance(error) || StoryloomError.isInstance(error)) throw error;
    throw new RenderError('pdf', `could not write ${job.outputFile}: ${reasonOf(error)}`, { cause: error });
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  return error instanceof Error ? error.message : String(error);
}
