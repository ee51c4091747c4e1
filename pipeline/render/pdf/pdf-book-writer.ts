import { once } from 'node:events';
import { createWriteStream, promises as fs } from 'node:fs';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { throwIfCancelled } from '../../errors';
import type { BookFonts } from './book-fonts';
import { planBook, type BookPlanInput, type PlacedPicture } from './book-plan';
import type { PageGeometry } from './page-geometry';
import { pageFrame } from './page-layout';
import { paintPage } from './page-painter';
import { pdfkitMeasurer, registerFaces } from './pdfkit-measurer';
import type { Rgb } from './picture-preparation';

export interface PdfBookRequest {
  /** Where book.pdf goes; it appears there only when complete (temp file + rename). */
  outputPath: string;
  /** Where the PDF is streamed until it is complete; next to outputPath by default. */
  temporaryPath?: string;
  language: string;
  input: BookPlanInput;
  geometry: PageGeometry;
  fonts: BookFonts;
  /** Reads a picture ready to embed; called once per page that shows it, just before drawing. */
  loadPicture: (picture: PlacedPicture, background: Rgb) => Promise<Buffer>;
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/** Pauses when this much PDF is waiting to reach the disk, so memory stays flat. */
const HIGH_WATER = 8 * 1024 * 1024;

/**
 * Streams the book to disk page by page: pdfkit writes each page out as the next begins, and each
 * picture is read just before its page is drawn, so a 200-page book never sits in memory whole.
 */
export async function writePdfBook(request: PdfBookRequest): Promise<{ pages: number }> {
  const { geometry, fonts, input } = request;
  const document = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    size: [geometry.mediaWidth, geometry.mediaHeight],
    pdfVersion: '1.7',
    tagged: true,
    lang: request.language,
    displayTitle: true,
    info: { Title: input.title, Creator: 'Storyloom', Producer: 'Storyloom (pdfkit)' },
  });
  registerFaces(document, fonts.faces);
  const pages = planBook(input, geometry, fonts.chains, pdfkitMeasurer(document, fonts.faces));
  request.onProgress?.(5);

  const temporary = request.temporaryPath ?? temporaryPathFor(request.outputPath);
  const output = createWriteStream(temporary);
  const written = finished(output);
  written.catch(() => undefined); // observed below; this only stops an early failure counting as unhandled
  document.pipe(output);
  try {
    const structure = document.struct('Document');
    document.addStructure(structure);
    const context = { document, geometry, frame: pageFrame(geometry), structure, loadPicture: request.loadPicture };
    for (let index = 0; index < pages.length; index++) {
      throwIfCancelled(request.signal);
      await paintPage(context, pages[index]);
      if (output.writableLength > HIGH_WATER) await once(output, 'drain');
      request.onProgress?.(5 + (94 * (index + 1)) / pages.length);
    }
    structure.end();
    document.end();
    await written;
    await fs.rename(temporary, request.outputPath);
    return { pages: pages.length };
  } catch (error) {
    document.unpipe(output);
    output.destroy();
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** A unique sibling of the output file, so the rename into place stays on one file system. */
export function temporaryPathFor(outputPath: string): string {
  return `${outputPath}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
}
