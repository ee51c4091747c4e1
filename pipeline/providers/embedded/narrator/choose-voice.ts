import { primaryLanguage } from '../../../model/language-tag';
import { EMBEDDED_LANGUAGES, EMBEDDED_VOICES, primaryDefaultLanguage, type EmbeddedVoice } from './voice-table';

export interface VoiceChoice {
  /** The table language the text is spoken in. */
  language: string;
  voice: EmbeddedVoice;
  warnings: string[];
}

const FALLBACK_LANGUAGE = 'en-US';

// Regions whose speech is closer to the table's other variety than to its default one.
const LATIN_AMERICAN = new Set(['419', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'GT', 'CU', 'BO', 'DO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'PR', 'US']);
const AFRICAN_OR_EUROPEAN_PORTUGUESE = new Set(['PT', 'AO', 'MZ', 'CV', 'GW', 'ST', 'TL', 'MO']);
const COMMONWEALTH = new Set(['GB', 'UK', 'IE', 'AU', 'NZ', 'ZA', 'IN', 'SG']);

function regionOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
}

function closestRegional(primary: string, region: string | undefined): string | undefined {
  if (!region) return undefined;
  if (primary === 'es' && LATIN_AMERICAN.has(region)) return 'es-419';
  if (primary === 'pt' && AFRICAN_OR_EUROPEAN_PORTUGUESE.has(region)) return 'pt-PT';
  if (primary === 'en' && COMMONWEALTH.has(region)) return 'en-GB';
  return undefined;
}

function nameOf(language: string): string {
  return EMBEDDED_VOICES.find((voice) => voice.language === language)?.name.replace(/, (fe)?male$/, '') ?? language;
}

/** Maps any language tag to a table language: exact, then nearest region, then primary subtag, else English. */
export function resolveLanguage(requested: string): { language: string; warnings: string[] } {
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(requested.trim());
  } catch {
    return { language: FALLBACK_LANGUAGE, warnings: [`"${requested}" is not a language tag; the narration is in ${nameOf(FALLBACK_LANGUAGE)}`] };
  }
  const exact = EMBEDDED_LANGUAGES.find((language) => language.toLowerCase() === canonical.toLowerCase());
  if (exact) return { language: exact, warnings: [] };
  const primary = primaryLanguage(canonical);
  const region = regionOf(canonical);
  const closest = closestRegional(primary, region) ?? primaryDefaultLanguage(primary);
  if (!closest) {
    return { language: FALLBACK_LANGUAGE, warnings: [`the embedded narrator does not speak "${canonical}"; the narration is in ${nameOf(FALLBACK_LANGUAGE)} (it speaks ${EMBEDDED_LANGUAGES.join(', ')})`] };
  }
  // A regionless table voice ("de") serves every region of its language without comment.
  const closestRegion = regionOf(closest);
  const warnings = region && closestRegion && closestRegion !== region ? [`no voice for "${canonical}"; using ${nameOf(closest)}`] : [];
  return { language: closest, warnings };
}

/** Picks the voice for a narration; never fails, says in a warning what it changed. */
export function chooseVoice(requestedLanguage: string, requestedVoice: string | undefined): VoiceChoice {
  const { language, warnings } = resolveLanguage(requestedLanguage);
  const languageVoices = EMBEDDED_VOICES.filter((voice) => voice.language === language);
  const fallback = languageVoices[0];
  if (requestedVoice === undefined || requestedVoice.trim() === '') return { language, voice: fallback, warnings };
  const wanted = requestedVoice.trim().toLowerCase();
  const found = EMBEDDED_VOICES.find((voice) => voice.id.toLowerCase() === wanted);
  const choices = languageVoices.map((voice) => voice.id).join(', ');
  if (!found) {
    warnings.push(`there is no embedded voice "${requestedVoice}"; using "${fallback.id}" (voices for ${nameOf(language)}: ${choices})`);
    return { language, voice: fallback, warnings };
  }
  if (primaryLanguage(found.language) !== primaryLanguage(language)) {
    warnings.push(`voice "${found.id}" speaks ${nameOf(found.language)}, not ${nameOf(language)}; using "${fallback.id}" (voices for ${nameOf(language)}: ${choices})`);
    return { language, voice: fallback, warnings };
  }
  // Same language, maybe another region (an en-GB voice reading en-US text): the person chose that accent.
  return { language: found.language, voice: found, warnings };
}
