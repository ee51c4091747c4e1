/**
 * What the pure layout code needs to know about fonts. The PDF writer answers it with pdfkit's own
 * metrics; tests answer it with simple arithmetic. Fonts are named by keys ("body", "display",
 * "fallback-1").
 */
export interface TextMeasurer {
  /** Advance width of `text` in `font` at a size of 1 point (widths scale linearly with size). */
  unitWidth(text: string, font: string): number;
  /** Ascent and descent (both positive) per point of font size. */
  metrics(font: string): { ascent: number; descent: number };
  /** Whether `font` has a glyph for this code point. */
  covers(font: string, codePoint: number): boolean;
}
