import { definite, definiteAccusative, genitive, GERMAN_KINDS, indefinite, withZu } from './german-grammar';

describe('German grammar helpers', () => {
  it('inflects adjectives for the noun’s gender', () => {
    expect(indefinite(['schüchtern', 'klein'], GERMAN_KINDS.dragon)).toBe('ein schüchterner kleiner Drache');
    expect(indefinite(['weise', 'alt'], GERMAN_KINDS.owl)).toBe('eine weise alte Eule');
    expect(indefinite(['klein'], GERMAN_KINDS.pig)).toBe('ein kleines Schwein');
    expect(indefinite(['rosa', 'klein'], GERMAN_KINDS.unicorn)).toBe('ein rosa kleines Einhorn');
    expect(definite(['einsam'], GERMAN_KINDS.cat)).toBe('die einsame Katze');
    expect(definiteAccusative(GERMAN_KINDS.rabbit)).toBe('den Hasen');
  });

  it('forms genitives and zu-infinitives', () => {
    expect([genitive('Mia'), genitive('Max')]).toEqual(['Mias', 'Max’']);
    expect(withZu('das Meer sehen')).toBe('das Meer zu sehen');
  });
});
