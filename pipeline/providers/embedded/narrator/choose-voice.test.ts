import { chooseVoice, resolveLanguage } from './choose-voice';
import { EMBEDDED_VOICES } from './voice-table';

describe('resolveLanguage', () => {
  it.each([
    ['en', 'en-US'],
    ['en-GB', 'en-GB'],
    ['EN-us', 'en-US'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['fr-CA', 'fr'],
    ['es', 'es'],
    ['es-MX', 'es-419'],
    ['it', 'it'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-PT'],
    ['pt-AO', 'pt-PT'],
    ['nl-BE', 'nl'],
    ['en-AU', 'en-GB'],
    ['sv-SE', 'sv'],
  ])('speaks %s as %s', (requested, expected) => {
    expect(resolveLanguage(requested).language).toBe(expected);
  });

  it('serves any region of a regionless voice without a warning', () => {
    expect(resolveLanguage('de-CH').warnings).toEqual([]);
  });

  it('warns when it swaps one region for another', () => {
    expect(resolveLanguage('en-AU').warnings[0]).toMatch(/en-AU.*English \(UK\)/);
  });

  it('falls back to English, with a warning, for a language it does not speak', () => {
    const result = resolveLanguage('ja');
    expect(result.language).toBe('en-US');
    expect(result.warnings[0]).toMatch(/does not speak "ja"/);
  });

  it('falls back to English for something that is not a language tag', () => {
    const result = resolveLanguage('not a tag!');
    expect(result.language).toBe('en-US');
    expect(result.warnings[0]).toMatch(/not a language tag/);
  });
});

describe('chooseVoice', () => {
  it("gives a language's default voice when none is asked for", () => {
    const choice = chooseVoice('de', undefined);
    expect(choice.voice.language).toBe('de');
    expect(choice.warnings).toEqual([]);
  });

  it('finds a voice by id, ignoring case', () => {
    const choice = chooseVoice('en-GB', 'EN-gb-MALE');
    expect(choice.voice.id).toBe('en-GB-male');
    expect(choice.voice.espeakVoice).toBe('en-gb');
  });

  it('keeps the accent the person chose within the same language', () => {
    const choice = chooseVoice('en-US', 'en-GB-female');
    expect(choice.voice.id).toBe('en-GB-female');
    expect(choice.language).toBe('en-GB');
    expect(choice.warnings).toEqual([]);
  });

  it('warns and falls back when the voice does not exist', () => {
    const choice = chooseVoice('fr', 'Darth Vader');
    expect(choice.voice.language).toBe('fr');
    expect(choice.warnings[0]).toMatch(/no embedded voice "Darth Vader".*fr-female, fr-male/);
  });

  it('warns and falls back when the voice speaks another language', () => {
    const choice = chooseVoice('de', 'en-US-male');
    expect(choice.voice.language).toBe('de');
    expect(choice.warnings[0]).toMatch(/speaks English \(US\), not German/);
  });

  it('offers female and male voices for the main languages, each a distinct eSpeak voice', () => {
    for (const language of ['en-US', 'en-GB', 'de', 'fr', 'es', 'it', 'pt-BR', 'pt-PT', 'nl']) {
      const ids = EMBEDDED_VOICES.filter((voice) => voice.language === language).map((voice) => voice.id);
      expect(ids).toEqual([`${language}-female`, `${language}-male`]);
    }
    expect(new Set(EMBEDDED_VOICES.map((voice) => voice.espeakVoice)).size).toBe(EMBEDDED_VOICES.length);
  });
});
