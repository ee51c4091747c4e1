import { guessLanguage } from './guess-language';
import { loadAllLexicons } from './load-lexicon';

const lexicons = loadAllLexicons();

describe('guessLanguage', () => {
  it.each([
    ['en', 'Once upon a time there was a fox, and she said that it was late for the party.'],
    ['de', 'Es war einmal ein Fuchs, der hatte großen Hunger und sprach mit dem Wolf.'],
    ['fr', 'Il était une fois un renard qui dit à la poule que le loup était dans la forêt.'],
    ['es', 'Había una vez un zorro que dijo a la gallina que el lobo estaba en el bosque.'],
    ['ja', 'むかしむかし、ある村に、おじいさんとおばあさんが住んでいました。'],
    ['zh', '从前有一只狐狸住在森林里。'],
    ['ru', 'Жила-была лиса в лесу.'],
  ])('recognizes %s', (language, text) => {
    expect(guessLanguage(text, lexicons)).toBe(language);
  });

  it('does not guess from too little', () => {
    expect(guessLanguage('Ok.', lexicons)).toBeNull();
    expect(guessLanguage('12 34', lexicons)).toBeNull();
  });
});
