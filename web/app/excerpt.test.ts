import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('keeps a short scene whole', () => {
    expect(excerpt('  The fox ran\nhome.  ')).toBe('The fox ran home.');
  });

  it('cuts a long scene at a word, within the limit, and ends it with one ellipsis', () => {
    const text = 'A fisherman named Ida rowed over to the island with a basket on her knees. Somebody lit that lamp just in time, she said.';
    const short = excerpt(text, 40);
    expect(short).toBe('A fisherman named Ida rowed over to the…');
    expect(short.length).toBeLessThanOrEqual(40);
  });

  it('drops the punctuation the cut leaves behind, so there is no "knees.…"', () => {
    const text = 'Ida rowed over with a basket on her knees. Somebody lit that lamp.';
    expect(excerpt(text, 44)).toBe('Ida rowed over with a basket on her knees…');
    expect(excerpt('Bella tried, and tried, and tried again and again.', 24)).toBe('Bella tried, and tried…');
    expect(excerpt('Abracadabracadabra', 8)).toBe('Abracad…');
  });
});
