import { kindCharacterName } from './kind-character-name';
import { loadLexicon } from './load-lexicon';

describe('kindCharacterName', () => {
  it('uses the most used word, singular when the lexicon knows it', () => {
    const english = loadLexicon('en');
    expect(kindCharacterName(new Map([['birds', 3], ['bird', 1]]), 'bird', english, 'Bird')).toBe('Bird');
    expect(kindCharacterName(new Map([['huntsman', 2], ['hunter', 1]]), 'hunter', english, 'Hunter')).toBe('Huntsman');
    expect(kindCharacterName(new Map([['foxes', 2]]), 'fox', english, 'Fox')).toBe('Fox');
    expect(kindCharacterName(new Map(), 'fox', english, 'Fox')).toBe('Fox');
  });
});
