import { fixedWidthMeasurer } from './fixed-width-measurer';
import { breakLines, prepareText } from './line-breaking';
import { balancedLines, fitText, largestPaginatedSize, linesAt, linesHeight, paginateLines, type TextStyle } from './text-fitting';

const measurer = fixedWidthMeasurer(0.5);
const style: TextStyle = { maxSize: 20, minSize: 10, step: 1, lineHeight: 1.5, paragraphGap: 0.5 };
const words = (text: string) => text.split(/\s+/).filter(Boolean);
const lineText = (line: { runs: { text: string }[] }) => line.runs.map((run) => run.text).join('');
const sentence = 'Once upon a time a little fox lived at the edge of a dark forest and every night she looked at the moon.';

describe('fitText', () => {
  it('uses the largest size when the text fits', () => {
    const fitted = fitText(prepareText('A fox.', ['body'], measurer), { width: 300, height: 100 }, style, measurer);
    expect(fitted).toMatchObject({ size: 20, fits: true });
  });

  it('shrinks the font for long scenes, and the result never overflows the box', () => {
    const box = { width: 300, height: 240 };
    let previousSize = Infinity;
    for (const repeats of [2, 4, 6]) {
      const text = Array(repeats).fill(sentence).join(' ');
      const fitted = fitText(prepareText(text, ['body'], measurer), box, style, measurer);
      expect(fitted.fits).toBe(true);
      expect(fitted.size).toBeLessThan(previousSize);
      previousSize = fitted.size;
      expect(linesHeight(fitted.lines, fitted.size, style)).toBeLessThanOrEqual(box.height);
      for (const line of fitted.lines) expect(line.width * fitted.size).toBeLessThanOrEqual(box.width);
      // One size bigger would not have fitted: it really is the largest.
      const bigger = fitText(prepareText(text, ['body'], measurer), box, { ...style, maxSize: fitted.size + 1, minSize: fitted.size + 1 }, measurer);
      expect(bigger.fits).toBe(false);
    }
  });

  it('reports text that cannot fit even at the minimum size, at the minimum size', () => {
    const text = Array(40).fill(sentence).join(' ');
    const fitted = fitText(prepareText(text, ['body'], measurer), { width: 300, height: 200 }, style, measurer);
    expect(fitted).toMatchObject({ size: 10, fits: false });
  });
});

describe('paginateLines', () => {
  it('fills the first box, continues on the next ones, and loses no line', () => {
    const text = Array(40).fill(sentence).join('\n\n');
    const lines = breakLines(prepareText(text, ['body'], measurer), 60, measurer);
    const pages = paginateLines(lines, 10, style, 200, 500);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.flat()).toEqual(lines);
    pages.forEach((page, index) => {
      const height = linesHeight(page.map((line, lineIndex) => (lineIndex === 0 ? { ...line, paragraphStart: false } : line)), 10, style);
      expect(height).toBeLessThanOrEqual(index === 0 ? 200 : 500);
    });
    expect(words(pages.flat().map(lineText).join(' '))).toEqual(words(text));
  });
});

describe('largestPaginatedSize', () => {
  const box = { width: 300, height: 200 };
  const pagesAt = (text: string, size: number) => paginateLines(linesAt(prepareText(text, ['body'], measurer), box.width, size, measurer), size, style, box.height, 500);

  it('sets text that just overflows at the smallest size bigger, on as many pages, rather than leaving a lonely last line', () => {
    // The shortest text (in whole sentences) that needs a second page at the smallest size: its second page has a line or two.
    let repeats = 1;
    while (pagesAt(Array(repeats).fill(sentence).join(' '), style.minSize).length < 2) repeats++;
    const text = Array(repeats).fill(sentence).join(' ');
    expect(pagesAt(text, style.minSize)[1].length).toBeLessThanOrEqual(2);

    const chosen = largestPaginatedSize(prepareText(text, ['body'], measurer), box, { height: 500 }, style, measurer);
    expect(chosen.pages).toHaveLength(2);
    expect(chosen.size).toBeGreaterThan(style.minSize);
    expect(chosen.pages[1].length).toBeGreaterThan(3);
    expect(pagesAt(text, chosen.size + style.step).length).toBeGreaterThan(2);
    expect(words(chosen.pages.flat().map(lineText).join(' '))).toEqual(words(text));
  });

  it('never needs more pages than the smallest size does', () => {
    for (const repeats of [12, 20, 40, 80]) {
      const text = Array(repeats).fill(sentence).join('\n\n');
      const chosen = largestPaginatedSize(prepareText(text, ['body'], measurer), box, { height: 500 }, style, measurer);
      expect(chosen.pages.length).toBe(pagesAt(text, style.minSize).length);
      expect(chosen.size).toBeGreaterThanOrEqual(style.minSize);
      expect(chosen.size).toBeLessThanOrEqual(style.maxSize);
    }
  });
});

describe('balancedLines', () => {
  it('keeps the line count but evens the lines out', () => {
    const prepared = prepareText('The Fox Who Looked for the Moon', ['display'], measurer);
    const greedy = breakLines(prepared, 26 / 2, measurer);
    expect(greedy.map(lineText)).toEqual(['The Fox Who Looked for the', 'Moon']);
    const balanced = balancedLines(prepared, 26, 2, measurer);
    expect(balanced.map(lineText)).toEqual(['The Fox Who Looked', 'for the Moon']);
  });
});
