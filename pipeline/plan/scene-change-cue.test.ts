import { loadLexicon } from './load-lexicon';
import { sceneChangeCue } from './scene-change-cue';

describe('sceneChangeCue', () => {
  it.each([
    ['en', 'The next morning, the fox woke.', true],
    ['en', 'Meanwhile the wolf ran.', true],
    ['en', 'The fox woke the next morning.', false],
    ['de', 'Am nächsten Morgen ging sie fort.', true],
    ['fr', 'Le lendemain, il partit.', true],
    ['es', 'A la mañana siguiente, salió.', true],
  ])('%s: "%s" → %s', (language, text, expected) => {
    expect(sceneChangeCue(loadLexicon(language))(text, 0)).toBe(expected);
  });

  it('never finds a cue without a lexicon', () => {
    expect(sceneChangeCue(null)('Meanwhile', 0)).toBe(false);
  });
});
