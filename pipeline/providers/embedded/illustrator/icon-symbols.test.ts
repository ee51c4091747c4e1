import { IconSymbols, prefixIds, useSymbol } from './icon-symbols';
import { SvgDefs } from './svg-defs';
import { createArtLibrary, type ArtIcon } from './art-library';

const parts = new Map<string, ArtIcon>([['dot', { body: '<defs><linearGradient id="g"/></defs><circle fill="#808080" stroke="url(#g)" r="4"/>', viewBox: [0, 0, 8, 8] }]]);
const art = createArtLibrary({ source: { package: '', version: '', flatPackage: '', flatVersion: '', license: '' }, colour: {}, flat: {} }, parts, () => ({ wobble: '', paper: '' }));

describe('IconSymbols', () => {
  it('defines each icon once, however often it is placed', () => {
    const defs = new SvgDefs();
    const symbols = new IconSymbols(art, 'colour', defs);
    const first = symbols.symbol('part:dot');
    const second = symbols.symbol('part:dot');
    expect(second).toEqual(first);
    expect(defs.markup().match(/<symbol /g)).toHaveLength(1);
  });

  it('tints an icon by the light, as a separate symbol', () => {
    const defs = new SvgDefs();
    const symbols = new IconSymbols(art, 'colour', defs);
    const plain = symbols.symbol('part:dot');
    const night = symbols.symbol('part:dot', { tint: [0.5, 0.5, 1] });
    expect(night!.id).not.toBe(plain!.id);
    expect(defs.markup()).toContain('fill="#404080"');
  });

  it('answers undefined for an icon it does not have', () => {
    expect(new IconSymbols(art, 'flat', new SvgDefs()).symbol('unicorn-cake')).toBeUndefined();
  });

  it('prefixes ids and every reference to them', () => {
    expect(prefixIds('<g id="a"><use href="#a" fill="url(#a)"/></g>', 'x-')).toBe('<g id="x-a"><use href="#x-a" fill="url(#x-a)"/></g>');
  });

  it('mirrors a placed symbol about its own centre', () => {
    expect(useSymbol({ id: 's1', viewBox: [0, 0, 8, 8] }, { x: 10, y: 0, width: 20, height: 20 }, { mirror: true })).toBe('<use href="#s1" x="10" y="0" width="20" height="20" transform="translate(40 0) scale(-1 1)"/>');
  });
});
