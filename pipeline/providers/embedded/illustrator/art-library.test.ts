import { parsePart, readEmojiSubset, trimPaths } from './art-library';
import { testArt } from './test-art';

describe('art library', () => {
  it('reads a hand-drawn part: its viewBox and what is inside', () => {
    expect(parsePart('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 8">\n  <path d="M0 0"/>\n</svg>\n', 'line')).toEqual({ body: '<path d="M0 0"/>', viewBox: [0, 0, 16, 8] });
  });

  it('refuses a part without a viewBox, naming it', () => {
    expect(() => parsePart('<svg><path/></svg>', 'broken')).toThrow('art part broken is not an <svg> with a viewBox');
  });

  it('crops boats to leave out their own strip of sea', () => {
    expect(testArt().icon('canoe', 'colour')).toMatchObject({ viewBox: [0, 8, 32, 14.5], clip: true });
    expect(testArt().icon('castle', 'flat')).toMatchObject({ viewBox: [0, 0, 32, 32] });
  });

  it('takes the crescent moon off the tent, in both variants, and keeps the tent', () => {
    const subset = readEmojiSubset();
    for (const variant of ['colour', 'flat'] as const) {
      const paths = (body: string) => body.match(/<path\b/g)!.length;
      const tent = testArt().icon('tent', variant)!;
      expect(tent.body).not.toMatch(/#ffb02e|M28\.6/);
      expect(paths(tent.body)).toBeGreaterThan(4);
      expect(paths(subset[variant].tent.body) - paths(tent.body)).toBeGreaterThanOrEqual(1);
    }
  });

  it('trims paths by the start of their data', () => {
    expect(trimPaths('<g><path fill="#f00" d="M1 2z"/><path d="M3 4z"/></g>', ['M1 2'])).toBe('<g><path d="M3 4z"/></g>');
  });

  it('finds parts by their part: name in either variant', () => {
    expect(testArt().icon('part:red-cap', 'flat')).toEqual(testArt().icon('part:red-cap', 'colour'));
  });
});
