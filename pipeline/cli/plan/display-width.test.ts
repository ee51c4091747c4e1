import { displayWidth, fitColumns } from './display-width';

describe('display width', () => {
  it('counts wide characters twice', () => {
    expect(displayWidth('fox')).toBe(3);
    expect(displayWidth('桃太郎')).toBe(6);
  });

  it('fits text into columns, cutting with an ellipsis and padding', () => {
    expect(fitColumns('fox', 5)).toBe('fox  ');
    expect(fitColumns('12', 4, 'right')).toBe('  12');
    expect(fitColumns('the quick brown fox', 10)).toBe('the quick…');
    expect(fitColumns('むかしむかし', 7)).toBe('むかし…');
    expect(fitColumns('むかしむかし', 8)).toBe('むかし… ');
    expect(displayWidth(fitColumns('むかしむかし', 7))).toBe(7);
  });
});
