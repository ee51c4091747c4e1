import { endWordsFor } from './end-words';

describe('endWordsFor', () => {
  it('says "The End" in the book language, by its primary subtag', () => {
    expect(endWordsFor('en-GB')).toBe('The End');
    expect(endWordsFor('de')).toBe('Ende');
    expect(endWordsFor('fr-CA')).toBe('Fin');
    expect(endWordsFor('es')).toBe('Fin');
    expect(endWordsFor('el')).toBe('Τέλος');
  });

  it('falls back to English for languages it does not know', () => {
    expect(endWordsFor('tlh')).toBe('The End');
  });
});
