import { pageGeometry, PRINT_BLEED } from './page-geometry';

describe('pageGeometry', () => {
  it('gives the page sizes in points', () => {
    expect(pageGeometry('square', false)).toMatchObject({ orientation: 'square', mediaWidth: 612, mediaHeight: 612, bleed: 0 });
    const a4 = pageGeometry('a4-portrait', false);
    expect([a4.mediaWidth, a4.mediaHeight].map(Math.round)).toEqual([595, 842]);
    expect(a4.orientation).toBe('portrait');
    const a4Landscape = pageGeometry('a4-landscape', false);
    expect([a4Landscape.mediaWidth, a4Landscape.mediaHeight].map(Math.round)).toEqual([842, 595]);
    expect(a4Landscape.orientation).toBe('landscape');
    expect(pageGeometry('letter-portrait', false)).toMatchObject({ mediaWidth: 612, mediaHeight: 792, orientation: 'portrait' });
    expect(pageGeometry('letter-landscape', false)).toMatchObject({ mediaWidth: 792, mediaHeight: 612, orientation: 'landscape' });
  });

  it('adds a 0.125 in bleed on every side for print, keeping the trim box the finished size', () => {
    expect(PRINT_BLEED).toBe(9);
    const print = pageGeometry('letter-portrait', true);
    expect(print).toMatchObject({ bleed: 9, mediaWidth: 630, mediaHeight: 810 });
    expect(print.trim).toEqual({ x: 9, y: 9, width: 612, height: 792 });
  });
});
