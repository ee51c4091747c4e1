import type { FontFace } from './book-fonts';
import type { TextMeasurer } from './text-measurer';

/**
 * Measures with pdfkit itself (the same shaping and kerning it draws with), so the layout planned
 * is exactly the layout printed. Widths are cached: a 200-page book measures each word once.
 */
export function pdfkitMeasurer(document: PDFKit.PDFDocument, faces: FontFace[]): TextMeasurer {
  const widths = new Map<string, number>();
  const coverage = new Map<string, boolean>();
  const faceByKey = new Map(faces.map((face) => [face.key, face]));
  const face = (key: string) => {
    const found = faceByKey.get(key);
    if (!found) throw new Error(`no font registered as "${key}"`);
    return found;
  };
  return {
    unitWidth(text, font) {
      const cacheKey = `${font}\u0000${text}`;
      let width = widths.get(cacheKey);
      if (width === undefined) {
        width = document.font(font).fontSize(1).widthOfString(text);
        widths.set(cacheKey, width);
      }
      return width;
    },
    metrics(font) {
      const { ascent, descent, unitsPerEm } = face(font).font;
      return { ascent: ascent / unitsPerEm, descent: Math.abs(descent) / unitsPerEm };
    },
    covers(font, codePoint) {
      const cacheKey = `${font}\u0000${codePoint}`;
      let covered = coverage.get(cacheKey);
      if (covered === undefined) {
        covered = face(font).font.hasGlyphForCodePoint(codePoint);
        coverage.set(cacheKey, covered);
      }
      return covered;
    },
  };
}

/** Makes every face available to the document under its key. */
export function registerFaces(document: PDFKit.PDFDocument, faces: FontFace[]): void {
  for (const face of faces) {
    if (face.postscriptName) document.registerFont(face.key, face.file, face.postscriptName);
    else document.registerFont(face.key, face.file);
  }
}
