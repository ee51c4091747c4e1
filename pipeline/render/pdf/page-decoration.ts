import type { Box, PageGeometry } from './page-geometry';
import { COLOURS } from './page-style';
import { FOLIO_SIZE } from './text-styles';

/**
 * Everything on a page that is not story: paper colour, ornaments, page numbers, trim marks. It is
 * marked as an artifact so screen readers and text extraction skip it.
 */
export function asArtifact(document: PDFKit.PDFDocument, draw: () => void): void {
  document.markContent('Artifact');
  draw();
  document.endMarkedContent();
}

/** Fills the whole sheet, bleed included, so colour reaches the edge after trimming. */
export function paintPaper(document: PDFKit.PDFDocument, geometry: PageGeometry, colour: string): void {
  document.rect(0, 0, geometry.mediaWidth, geometry.mediaHeight).fill(colour);
}

/** A thin double frame in the margin: the storybook border. */
export function paintBorder(document: PDFKit.PDFDocument, border: Box, colour: string): void {
  document.save().lineWidth(0.8).strokeColor(colour);
  document.roundedRect(border.x, border.y, border.width, border.height, 10).stroke();
  document.lineWidth(0.4).roundedRect(border.x + 3, border.y + 3, border.width - 6, border.height - 6, 8).stroke();
  document.restore();
}

/** A small sprig: a diamond with dots and fading rules either side, centred on (x, y). */
export function paintOrnament(document: PDFKit.PDFDocument, x: number, y: number, scale: number, colour: string): void {
  document.save().fillColor(colour).strokeColor(colour);
  const diamond = 3.2 * scale;
  document.polygon([x, y - diamond], [x + diamond, y], [x, y + diamond], [x - diamond, y]).fill();
  for (const side of [-1, 1]) {
    document.circle(x + side * 8 * scale, y, 1.3 * scale).fill();
    document.lineWidth(0.7 * scale).moveTo(x + side * 12 * scale, y).lineTo(x + side * 34 * scale, y).stroke();
    document.circle(x + side * 37 * scale, y, 0.9 * scale).fill();
  }
  document.restore();
}

/** The page number set into a break in the frame's bottom line, a dot either side. */
export function paintFolio(document: PDFKit.PDFDocument, folio: number, at: { x: number; baseline: number }, font: string): void {
  const label = String(folio);
  document.font(font).fontSize(FOLIO_SIZE);
  const width = document.widthOfString(label);
  const middle = at.baseline - FOLIO_SIZE * 0.35;
  document.rect(at.x - width / 2 - 13, middle - 6, width + 26, 10).fill(COLOURS.paper);
  document.fillColor(COLOURS.folio).text(label, at.x - width / 2, at.baseline, { lineBreak: false, baseline: 'alphabetic' });
  document.circle(at.x - width / 2 - 7, middle, 1.2).fill(COLOURS.accent);
  document.circle(at.x + width / 2 + 7, middle, 1.2).fill(COLOURS.accent);
}

/** Crop marks in the bleed at each corner of the trim, stopping short of the trim itself. */
export function paintTrimMarks(document: PDFKit.PDFDocument, geometry: PageGeometry): void {
  const { trim, bleed, mediaWidth, mediaHeight } = geometry;
  if (bleed === 0) return;
  const reach = bleed - 2;
  document.save().lineWidth(0.25).strokeColor(COLOURS.trimMarks);
  for (const x of [trim.x, trim.x + trim.width]) {
    document.moveTo(x, 0).lineTo(x, reach).stroke();
    document.moveTo(x, mediaHeight - reach).lineTo(x, mediaHeight).stroke();
  }
  for (const y of [trim.y, trim.y + trim.height]) {
    document.moveTo(0, y).lineTo(reach, y).stroke();
    document.moveTo(mediaWidth - reach, y).lineTo(mediaWidth, y).stroke();
  }
  document.restore();
}

/** TrimBox and BleedBox tell printing software where to cut and how far the colour runs. */
export function setPrintBoxes(document: PDFKit.PDFDocument, geometry: PageGeometry): void {
  if (geometry.bleed === 0) return;
  const { trim, mediaWidth, mediaHeight } = geometry;
  const data = document.page.dictionary.data as Record<string, unknown>;
  // PDF boxes count from the bottom left; the trim is centred, so only its size matters.
  data.TrimBox = [trim.x, mediaHeight - trim.y - trim.height, trim.x + trim.width, mediaHeight - trim.y];
  data.BleedBox = [0, 0, mediaWidth, mediaHeight];
}
