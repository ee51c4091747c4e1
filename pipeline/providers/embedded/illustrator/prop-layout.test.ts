import { keepOffFigures, type PlacedIcon } from './prop-layout';

const icon = (x: number, y: number, size: number, sortY = y + size): PlacedIcon => ({ icon: 'potted-plant', box: { x, y, width: size, height: size }, mirror: false, sortY, depth: 0.5 });

describe('keepOffFigures', () => {
  const cat = { x: 400, y: 600, width: 300, height: 300 };

  it('leaves out a small ground thing drawn over a character, and keeps the rest', () => {
    const onTheCat = icon(500, 650, 60);
    const beside = icon(100, 800, 60);
    expect(keepOffFigures([onTheCat, beside], [cat])).toEqual([beside]);
  });

  it('keeps sky things and big framing trees even where they overlap someone', () => {
    const moonlike = icon(450, 620, 60, -1);
    const tree = icon(350, 300, 700);
    expect(keepOffFigures([moonlike, tree], [cat])).toEqual([moonlike, tree]);
  });

  it('keeps a thing that only brushes a character’s edge', () => {
    const brushing = icon(690, 880, 100);
    expect(keepOffFigures([brushing], [cat])).toEqual([brushing]);
  });
});
