import { breakLines, type PreparedText, type TextLine } from './line-breaking';
import type { TextMeasurer } from './text-measurer';

/** How a kind of text is set: the size range it may shrink through and its spacing. */
export interface TextStyle {
  maxSize: number;
  /** The smallest readable size; below it the text continues on another page instead. */
  minSize: number;
  /** Sizes are tried in steps of this many points. */
  step: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Extra space above a new paragraph, as a multiple of the font size. */
  paragraphGap: number;
}

export interface FittedText {
  size: number;
  lines: TextLine[];
  /** False when even `minSize` is too big: the lines are at `minSize` and need paginating. */
  fits: boolean;
}

/** Keeps a hair of room so rounding and kerning at run boundaries can never poke out of the box. */
const WIDTH_SAFETY = 0.5;

export function linesAt(prepared: PreparedText, width: number, size: number, measurer: TextMeasurer): TextLine[] {
  return breakLines(prepared, Math.max(width - WIDTH_SAFETY, 0) / size, measurer);
}

/** Height of lines set at `size`, from the top of the first line to the bottom of the last. */
export function linesHeight(lines: TextLine[], size: number, style: TextStyle): number {
  return lines.reduce((height, line, index) => height + size * style.lineHeight + (index > 0 && line.paragraphStart ? size * style.paragraphGap : 0), 0);
}

/** The largest size (in steps from maxSize down to minSize) at which the text fits the box. */
export function fitText(prepared: PreparedText, box: { width: number; height: number }, style: TextStyle, measurer: TextMeasurer): FittedText {
  const steps = Math.max(0, Math.floor((style.maxSize - style.minSize) / style.step + 1e-9));
  const sizeAt = (stepIndex: number) => style.maxSize - stepIndex * style.step;
  const tryStep = (stepIndex: number) => {
    const size = sizeAt(stepIndex);
    const lines = linesAt(prepared, box.width, size, measurer);
    return { size, lines, fits: linesHeight(lines, size, style) <= box.height + 1e-6 };
  };
  const largest = tryStep(0);
  if (largest.fits) return largest;
  let fitting = tryStep(steps);
  if (!fitting.fits) return fitting;
  // Binary search between a step known to fail (too big) and one known to fit; only sizes
  // actually checked are ever returned, so the answer always fits.
  let failing = 0;
  let fittingStep = steps;
  while (fittingStep - failing > 1) {
    const middle = Math.floor((failing + fittingStep) / 2);
    const attempt = tryStep(middle);
    if (attempt.fits) {
      fitting = attempt;
      fittingStep = middle;
    } else {
      failing = middle;
    }
  }
  return fitting;
}

/**
 * Deals lines out onto pages: the first page holds `firstHeight`, every later one `nextHeight`.
 * A paragraph gap at the top of a page is dropped. Every page gets at least one line.
 */
export function paginateLines(lines: TextLine[], size: number, style: TextStyle, firstHeight: number, nextHeight: number): TextLine[][] {
  const pages: TextLine[][] = [];
  let page: TextLine[] = [];
  let used = 0;
  for (const line of lines) {
    const gap = page.length > 0 && line.paragraphStart ? size * style.paragraphGap : 0;
    const capacity = pages.length === 0 ? firstHeight : nextHeight;
    if (page.length > 0 && used + gap + size * style.lineHeight > capacity + 1e-6) {
      pages.push(page);
      page = [];
      used = 0;
    }
    used += (page.length > 0 && line.paragraphStart ? size * style.paragraphGap : 0) + size * style.lineHeight;
    page.push(line);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/**
 * Text that must continue overleaf needs some number of pages even at the smallest size; set it
 * at the largest size that needs no more pages than that. At the smallest size the last page
 * would often carry a lonely line or two, and the whole scene would be in needlessly small type.
 */
export function largestPaginatedSize(prepared: PreparedText, box: { width: number; height: number }, nextBox: { height: number }, style: TextStyle, measurer: TextMeasurer): { size: number; pages: TextLine[][] } {
  const paginateAt = (size: number) => ({ size, pages: paginateLines(linesAt(prepared, box.width, size, measurer), size, style, box.height, nextBox.height) });
  let best = paginateAt(style.minSize);
  const pageCount = best.pages.length;
  // Page counts grow with the size (nearly always monotonically); only sizes actually paginated are kept.
  let fitting = 0;
  let failing = Math.max(0, Math.floor((style.maxSize - style.minSize) / style.step + 1e-9)) + 1;
  while (failing - fitting > 1) {
    const middle = Math.floor((fitting + failing) / 2);
    const attempt = paginateAt(style.minSize + middle * style.step);
    if (attempt.pages.length <= pageCount) {
      best = attempt;
      fitting = middle;
    } else {
      failing = middle;
    }
  }
  return best;
}

/**
 * The same number of lines as at full `width`, but as even as possible: the narrowest width that
 * still needs no extra line. For centred titles, so "for the / Moon" becomes "Looked / for the Moon".
 */
export function balancedLines(prepared: PreparedText, width: number, size: number, measurer: TextMeasurer): TextLine[] {
  const lines = linesAt(prepared, width, size, measurer);
  if (lines.length < 2) return lines;
  let narrow = 0;
  let wide = width;
  let best = lines;
  while (wide - narrow > 1) {
    const middle = (narrow + wide) / 2;
    const attempt = linesAt(prepared, middle, size, measurer);
    if (attempt.length <= lines.length) {
      best = attempt;
      wide = middle;
    } else {
      narrow = middle;
    }
  }
  return best;
}
