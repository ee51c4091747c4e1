import { PDF_PAGE_SIZES as PAGE_SIZE_LIST } from '../../model';
import { pageGeometry } from './page-geometry';
import { arrangementFor, containBox, coverRegions, pageFrame, sideRegions, stackedRegions } from './page-layout';
import type { Box } from './page-geometry';

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-6 && inner.y >= outer.y - 1e-6 && inner.x + inner.width <= outer.x + outer.width + 1e-6 && inner.y + inner.height <= outer.y + outer.height + 1e-6;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('page layout', () => {
  it('keeps margins inside the trim and the page number below the content', () => {
    for (const size of PAGE_SIZE_LIST) {
      const geometry = pageGeometry(size, true);
      const frame = pageFrame(geometry);
      expect(inside(frame.content, geometry.trim)).toBe(true);
      expect(frame.content.x - geometry.trim.x).toBeGreaterThanOrEqual(36);
      expect(frame.folio.baseline).toBeGreaterThan(frame.content.y + frame.content.height);
      expect(frame.folio.baseline).toBeLessThan(geometry.trim.y + geometry.trim.height - 18);
    }
  });

  it('puts the picture above the text on square and portrait pages, beside it on landscape ones', () => {
    expect(arrangementFor(pageGeometry('square', false), 1)).toBe('stacked');
    expect(arrangementFor(pageGeometry('a4-portrait', false), 1)).toBe('stacked');
    expect(arrangementFor(pageGeometry('a4-landscape', false), 1)).toBe('side');
    expect(arrangementFor(pageGeometry('letter-landscape', false), 16 / 9)).toBe('stacked');

    const square = pageFrame(pageGeometry('square', false));
    const stacked = stackedRegions(square, 300, 1);
    expect(stacked.picture.y + stacked.picture.height).toBeLessThan(stacked.text.y);
    expect(stacked.picture).toMatchObject({ width: 300, height: 300 });
    expect(inside(stacked.text, square.content)).toBe(true);

    const landscape = pageFrame(pageGeometry('a4-landscape', false));
    const side = sideRegions(landscape, 1);
    expect(side.picture.x + side.picture.width).toBeLessThan(side.text.x);
    expect(side.picture.width).toBeCloseTo(side.picture.height);
    expect(inside(side.picture, landscape.content) && inside(side.text, landscape.content)).toBe(true);
  });

  it('keeps the picture shape when fitting it into a box', () => {
    const wide = containBox({ x: 0, y: 0, width: 400, height: 200 }, 1280, 720);
    expect(wide.height).toBe(200);
    expect(wide.width).toBeCloseTo(355.56, 2);
    expect(wide.x).toBeCloseTo((400 - 355.56) / 2, 2);
    expect(containBox({ x: 10, y: 10, width: 100, height: 100 }, 768, 1024)).toMatchObject({ width: 75, height: 100, x: 22.5 });
  });

  it('gives the cover a title area that does not overlap its picture', () => {
    for (const size of PAGE_SIZE_LIST) {
      const geometry = pageGeometry(size, false);
      const frame = pageFrame(geometry);
      const cover = coverRegions(geometry, frame, 1);
      expect(overlaps(cover.title, cover.picture)).toBe(false);
      expect(inside(cover.title, frame.content) && inside(cover.picture, frame.content)).toBe(true);
    }
  });
});
