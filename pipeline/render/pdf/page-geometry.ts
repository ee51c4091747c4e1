import type { PdfPageSize } from '../../model';

/** A rectangle in PDF points, top-left origin (pdfkit's coordinates). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Orientation = 'square' | 'portrait' | 'landscape';

export const POINTS_PER_INCH = 72;
/** The extra paper a printer trims away, on every side, when `print` is on. */
export const PRINT_BLEED = 0.125 * POINTS_PER_INCH;

/** The finished (trimmed) page sizes in points. A4 is 210×297 mm. */
export const TRIM_SIZES: Record<PdfPageSize, { width: number; height: number }> = {
  square: { width: 8.5 * POINTS_PER_INCH, height: 8.5 * POINTS_PER_INCH },
  'a4-portrait': { width: 595.28, height: 841.89 },
  'a4-landscape': { width: 841.89, height: 595.28 },
  'letter-portrait': { width: 8.5 * POINTS_PER_INCH, height: 11 * POINTS_PER_INCH },
  'letter-landscape': { width: 11 * POINTS_PER_INCH, height: 8.5 * POINTS_PER_INCH },
};

export interface PageGeometry {
  pageSize: PdfPageSize;
  orientation: Orientation;
  /** 0, or PRINT_BLEED when printing. */
  bleed: number;
  /** The whole sheet pdfkit draws on (the MediaBox): trim plus bleed on every side. */
  mediaWidth: number;
  mediaHeight: number;
  /** Where the printer cuts, inside the media. Everything that matters is laid out in here. */
  trim: Box;
}

export function pageGeometry(pageSize: PdfPageSize, print: boolean): PageGeometry {
  const size = TRIM_SIZES[pageSize];
  const bleed = print ? PRINT_BLEED : 0;
  const orientation: Orientation = size.width === size.height ? 'square' : size.width > size.height ? 'landscape' : 'portrait';
  return {
    pageSize,
    orientation,
    bleed,
    mediaWidth: size.width + 2 * bleed,
    mediaHeight: size.height + 2 * bleed,
    trim: { x: bleed, y: bleed, width: size.width, height: size.height },
  };
}

export function insetBox(box: Box, inset: number): Box {
  return { x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset };
}
