import { fromHsl, luminance, mix, parseHex, toHex, toHsl } from './colour';
import { itemColour, recolourGarment, recolourItem } from './palette-recolour';

describe('colour arithmetic', () => {
  it('reads and writes hex, short and long', () => {
    expect(parseHex('#fa0')).toEqual([255, 170, 0]);
    expect(toHex([255, 170, 0])).toBe('#ffaa00');
  });

  it('mixes two colours', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });

  it('goes to HSL and back', () => {
    for (const hex of ['#3b82c4', '#d62e3a', '#2f9e5a', '#808080']) expect(fromHsl(...toHsl(hex))).toBe(hex);
  });

  it('tells light from dark', () => {
    expect(luminance('#ffffff')).toBeGreaterThan(luminance('#3b3b3b'));
  });
});

describe('palette recolouring', () => {
  it('gives clothes the palette hue and leaves skin alone', () => {
    const body = '<path fill="#8B62BF"/><path fill="#6d4ca1"/><path fill="#FFC83D"/>';
    const recoloured = recolourGarment(body, [[250, 285]], '#2f9e5a');
    const [shirt, shade, skin] = [...recoloured.matchAll(/fill="([^"]+)"/g)].map((match) => match[1]);
    expect(Math.round(toHsl(shirt)[0])).toBe(Math.round(toHsl('#2f9e5a')[0]));
    expect(toHsl(shade)[2]).toBeLessThan(toHsl(shirt)[2]);
    expect(skin).toBe('#FFC83D');
  });

  it('puts a palette colour on the marker colours of hand-drawn items', () => {
    expect(recolourItem('<path fill="#e8434f"/><path fill="#123456"/>', '#2f5fb3')).toBe('<path fill="#2f5fb3"/><path fill="#123456"/>');
  });

  it('chooses an item colour that stands out from the clothes', () => {
    expect(itemColour(['#3b82c4', '#d62e3a'])).toBe('#d62e3a');
    expect(itemColour(['#1a1a1a'])).not.toBe('#1a1a1a');
  });
});
