/**
 * The voices the embedded narrator offers: each is an eSpeak NG language voice, optionally with a
 * variant (eSpeak's "+f3" female timbre). Ids are the language tag plus the timbre, so a person can
 * guess them ("de-female", "en-GB-male"). The first voice of a language is its default.
 */
export interface EmbeddedVoice {
  id: string;
  name: string;
  /** Canonical BCP-47 tag of the language the voice speaks. */
  language: string;
  /** The `-v` argument eSpeak NG takes. */
  espeakVoice: string;
}

interface LanguageVoices {
  language: string;
  name: string;
  espeakLanguage: string;
  /** Languages given female and male timbres; the rest offer eSpeak's default voice only. */
  timbres: boolean;
}

// Female uses eSpeak's "female3" variant (higher pitch, raised formants); male is the plain voice.
const FEMALE_VARIANT = '+f3';

const LANGUAGES: LanguageVoices[] = [
  { language: 'en-US', name: 'English (US)', espeakLanguage: 'en-us', timbres: true },
  { language: 'en-GB', name: 'English (UK)', espeakLanguage: 'en-gb', timbres: true },
  { language: 'de', name: 'German', espeakLanguage: 'de', timbres: true },
  { language: 'fr', name: 'French', espeakLanguage: 'fr-fr', timbres: true },
  { language: 'es', name: 'Spanish (Spain)', espeakLanguage: 'es', timbres: true },
  { language: 'es-419', name: 'Spanish (Latin America)', espeakLanguage: 'es-419', timbres: true },
  { language: 'it', name: 'Italian', espeakLanguage: 'it', timbres: true },
  { language: 'pt-BR', name: 'Portuguese (Brazil)', espeakLanguage: 'pt-br', timbres: true },
  { language: 'pt-PT', name: 'Portuguese (Portugal)', espeakLanguage: 'pt', timbres: true },
  { language: 'nl', name: 'Dutch', espeakLanguage: 'nl', timbres: true },
  { language: 'da', name: 'Danish', espeakLanguage: 'da', timbres: false },
  { language: 'sv', name: 'Swedish', espeakLanguage: 'sv', timbres: false },
  { language: 'nb', name: 'Norwegian (Bokmål)', espeakLanguage: 'nb', timbres: false },
  { language: 'fi', name: 'Finnish', espeakLanguage: 'fi', timbres: false },
  { language: 'pl', name: 'Polish', espeakLanguage: 'pl', timbres: false },
  { language: 'cs', name: 'Czech', espeakLanguage: 'cs', timbres: false },
  { language: 'ro', name: 'Romanian', espeakLanguage: 'ro', timbres: false },
  { language: 'ca', name: 'Catalan', espeakLanguage: 'ca', timbres: false },
];

/**
 * The region a bare primary subtag means, where the table has several ("en" → "en-US"). Follows
 * CLDR's likely-subtags choice.
 */
const PRIMARY_DEFAULTS: Record<string, string> = { en: 'en-US', es: 'es', pt: 'pt-BR' };

function voicesOf(entry: LanguageVoices): EmbeddedVoice[] {
  if (!entry.timbres) return [{ id: entry.language, name: entry.name, language: entry.language, espeakVoice: entry.espeakLanguage }];
  return [
    { id: `${entry.language}-female`, name: `${entry.name}, female`, language: entry.language, espeakVoice: entry.espeakLanguage + FEMALE_VARIANT },
    { id: `${entry.language}-male`, name: `${entry.name}, male`, language: entry.language, espeakVoice: entry.espeakLanguage },
  ];
}

export const EMBEDDED_VOICES: readonly EmbeddedVoice[] = LANGUAGES.flatMap(voicesOf);

/** The languages the table speaks, canonical tags. */
export const EMBEDDED_LANGUAGES: readonly string[] = LANGUAGES.map((entry) => entry.language);

export function primaryDefaultLanguage(primary: string): string | undefined {
  return PRIMARY_DEFAULTS[primary] ?? EMBEDDED_LANGUAGES.find((language) => language.toLowerCase() === primary);
}
