import { epubPageLayout, fittingFontSize, type Box } from './epub-page-layout';

const inside = (box: Box, page: { width: number; height: number }) => box.left >= 0 && box.top >= 0 && box.left + box.width <= page.width && box.top + box.height <= page.height;
const overlap = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('epubPageLayout', () => {
  it.each([
    [{ width: 1024, height: 1024 }, 'beside'],
    [{ width: 768, height: 1024 }, 'beside'],
    [{ width: 1280, height: 720 }, 'above'],
  ])('puts a %o picture %s the text, both on the page, apart', (picture, where) => {
    const layout = epubPageLayout(picture);
    expect(inside(layout.picture, layout)).toBe(true);
    expect(inside(layout.text, layout)).toBe(true);
    expect(overlap(layout.picture, layout.text)).toBe(false);
    if (where === 'beside') expect(layout.text.left).toBeGreaterThan(layout.picture.left + layout.picture.width);
    else expect(layout.text.top).toBeGreaterThan(layout.picture.top + layout.picture.height);
    expect(layout.picture.width / layout.picture.height).toBeCloseTo(picture.width / picture.height, 1);
  });
});

describe('fittingFontSize', () => {
  const box = { left: 0, top: 0, width: 760, height: 900 };
  it('makes longer text smaller, within readable bounds', () => {
    const sizes = [50, 300, 800, 1500, 20_000].map((characters) => fittingFontSize(characters, box));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBe(56);
    expect(sizes[4]).toBe(20);
    expect(sizes[2]).toBeLessThan(56);
    expect(sizes[2]).toBeGreaterThan(20);
  });

  it('leaves room to spare for the text it sizes', () => {
    const characters = 800;
    const size = fittingFontSize(characters, box);
    const linesNeeded = Math.ceil((characters * 0.52 * size) / box.width);
    expect(linesNeeded * size * 1.5).toBeLessThan(box.height);
  });
});
