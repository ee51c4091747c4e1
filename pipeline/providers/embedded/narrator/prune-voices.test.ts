import { declaresLanguage, voiceParts } from './prune-voices';

describe('voiceParts', () => {
  it('splits eSpeak voice arguments into languages and variants', () => {
    const { languages, variants } = voiceParts(['en-us', 'en-us+f3', 'DE+f3', 'pt']);
    expect([...languages]).toEqual(['en-us', 'de', 'pt']);
    expect([...variants]).toEqual(['f3']);
  });
});

describe('declaresLanguage', () => {
  const english = 'name English_(Great_Britain)\nlanguage en-gb  2\nlanguage en 2\n\ntunes s1 c1 q1 e1\n';
  it('reads the language lines of a voice file, not its name', () => {
    expect(declaresLanguage(english, new Set(['en-gb']))).toBe(true);
    expect(declaresLanguage(english, new Set(['en-us']))).toBe(false);
    expect(declaresLanguage(english, new Set(['english_(great_britain)']))).toBe(false);
  });
});
