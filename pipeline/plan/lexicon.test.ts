import { CHARACTER_KINDS, OBJECTS, SETTINGS } from '../model';
import { compileLexicon, LEXICON_LANGUAGES, phraseTokens } from './lexicon';
import { loadLexicon } from './load-lexicon';

describe('the lexicons in assets/lexicon', () => {
  it.each(LEXICON_LANGUAGES)('%s compiles, and names every setting, character kind and object', (language) => {
    const lexicon = loadLexicon(language)!;
    expect(lexicon.language).toBe(language);
    const keys = (category: string) => new Set([...lexicon.byFirstToken.values(), ...lexicon.byPrefix.values(), ...lexicon.bySuffix.values()].flat().filter((entry) => entry.category === category).map((entry) => entry.key));
    expect(SETTINGS.filter((setting) => !keys('setting').has(setting))).toEqual([]);
    expect(CHARACTER_KINDS.filter((kind) => !keys('kind').has(kind))).toEqual([]);
    expect(OBJECTS.filter((object) => !keys('object').has(object))).toEqual([]);
    expect(keys('cue').size).toBeGreaterThan(0);
    expect(lexicon.commonWords.size).toBeGreaterThanOrEqual(20);
  });

  it('gives no lexicon for a language without a file', () => {
    expect(loadLexicon('ja')).toBeNull();
  });
});

describe('compileLexicon', () => {
  it('files phrases under their first word, longest first, and wildcards by stem', () => {
    const lexicon = compileLexicon({ language: 'xx', name: 'Test', settings: { forest: ['wood', 'dark wood', 'wald*', '*wald'] }, characterKinds: { wolf: ['wolf', 'wolves'] } });
    expect(lexicon.byFirstToken.get('wood')!.map((entry) => entry.tokens)).toEqual([['wood']]);
    expect(lexicon.byFirstToken.get('dark')!.map((entry) => entry.tokens)).toEqual([['dark', 'wood']]);
    expect(lexicon.byPrefix.get('wald')![0]).toMatchObject({ category: 'setting', key: 'forest' });
    expect(lexicon.bySuffix.get('wald')![0]).toMatchObject({ category: 'setting', key: 'forest' });
    expect(lexicon.kindNames.get('wolf')).toBe('Wolf');
  });

  it('makes capitalized words match only capitalized text where nouns have capitals', () => {
    const lexicon = compileLexicon({ language: 'de', name: 'German', capitalizesNouns: true, characterKinds: { boy: ['Junge'] }, colours: { red: ['rot'] } });
    expect(lexicon.byFirstToken.get('junge')![0].capitalized).toBe(true);
    expect(lexicon.byFirstToken.get('rot')![0].capitalized).toBe(false);
  });

  it('makes a name written with a capital match only a capitalized word, in any language', () => {
    const lexicon = compileLexicon({ language: 'en', name: 'English', namedCharacters: { 'Snow-White': 'girl', 'little red-cap': 'girl' } });
    expect(lexicon.byFirstToken.get('snow')![0]).toMatchObject({ category: 'name', capitalized: true });
    expect(lexicon.byFirstToken.get('little')![0]).toMatchObject({ category: 'name', capitalized: false });
    const english = loadLexicon('en')!;
    expect(english.byFirstToken.get('snow')!.filter((entry) => entry.category === 'name').every((entry) => entry.capitalized)).toBe(true);
  });

  it('refuses a key outside the vocabulary, naming it', () => {
    expect(() => compileLexicon({ language: 'xx', name: 'Test', settings: { volcano: ['volcano'] } as never })).toThrow(/volcano/);
  });

  it('splits phrases as the tokenizer splits text', () => {
    expect(phraseTokens("Red-Cap's grandmother")).toEqual(['red', 'cap', 's', 'grandmother']);
  });
});
