import { parsePart } from './art-library';
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

  it('finds parts by their part: name in either variant', () => {
    expect(testArt().icon('part:red-cap', 'flat')).toEqual(testArt().icon('part:red-cap', 'colour'));
  });
});
