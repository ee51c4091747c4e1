import { slug, uniqueSlug } from './slug';

describe('slug', () => {
  it('makes ids from names in any Latin script', () => {
    expect(slug('Little Red-Cap')).toBe('little-red-cap');
    expect(slug('Großmutter')).toBe('grossmutter');
    expect(slug('Mère-grand')).toBe('mere-grand');
    expect(slug('Mrs. Okafor')).toBe('mrs-okafor');
  });

  it('falls back and numbers repeats', () => {
    const taken = new Set<string>();
    expect(uniqueSlug('桃太郎', taken, 'character-1')).toBe('character-1');
    expect(uniqueSlug('Wolf', taken, 'x')).toBe('wolf');
    expect(uniqueSlug('wolf', taken, 'x')).toBe('wolf-2');
  });
});
