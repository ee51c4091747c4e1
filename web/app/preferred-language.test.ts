import { preferredLanguage } from './preferred-language';

const available = ['ca', 'de', 'en-GB', 'en-US', 'es', 'es-419', 'fr'];

describe('preferredLanguage', () => {
  it('takes the browser language the narrators speak, exactly when it can', () => {
    expect(preferredLanguage(available, ['en-US', 'en'])).toBe('en-US');
    expect(preferredLanguage(available, ['es-419'])).toBe('es-419');
    expect(preferredLanguage(available, ['DE'])).toBe('de');
  });

  it('falls back on the same language in another region, in the order the reader prefers', () => {
    expect(preferredLanguage(available, ['de-AT', 'en'])).toBe('de');
    expect(preferredLanguage(available, ['ja', 'fr-CA'])).toBe('fr');
    expect(preferredLanguage(available, ['en'])).toBe('en-GB');
  });

  it('starts on English when no browser language is spoken, and on the first choice without English', () => {
    expect(preferredLanguage(available, ['ja', 'ko'])).toBe('en-GB');
    expect(preferredLanguage(available, [])).toBe('en-GB');
    expect(preferredLanguage(['de', 'fr'], ['ja'])).toBe('de');
    expect(preferredLanguage([], ['de'])).toBeUndefined();
  });
});
