import { countSyllables } from './count-syllables';

describe('countSyllables', () => {
  it.each([
    ['fox', 'en', 1],
    ['forest', 'en', 2],
    ['home', 'en', 1],
    ['little', 'en', 2],
    ['grandmother', 'en', 3],
    ['butterfly', 'en', 3],
    ['Schmetterling', 'de', 3],
    ['Großmutter', 'de', 3],
    ['Prinzessin', 'de', 3],
    ['petite', 'fr', 2],
    ['château', 'fr', 2],
    ['mariposa', 'es', 4],
    ['già', 'it', 1],
  ])('%s (%s) has %i', (word, language, syllables) => {
    expect(countSyllables(word, language)).toBe(syllables);
  });

  it('counts digits as spoken numbers, longer than they look', () => {
    expect(countSyllables('42', 'en')).toBe(3);
    expect(countSyllables('1.000', 'de')).toBeGreaterThan(countSyllables('1', 'de'));
  });

  it('gives every word at least one syllable, in any script', () => {
    expect(countSyllables('Лиса', 'ru')).toBe(2);
    expect(countSyllables('x', 'en')).toBe(1);
  });
});
