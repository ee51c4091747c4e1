import { BadInputError } from '../../errors';
import type { AzureVoice } from './azure-voice-catalog';

/** The locale a bare language most likely means ("en" → "en-US", "de" → "de-DE"). */
export function likelyLocale(language: string): string {
  try {
    const maximized = new Intl.Locale(language).maximize();
    return maximized.region ? `${maximized.language}-${maximized.region}` : language;
  } catch {
    return language;
  }
}

const primary = (tag: string) => tag.split('-')[0].toLowerCase();
const same = (first: string, second: string) => first.toLowerCase() === second.toLowerCase();

/** A voice from a language → voice table: the full tag first, then the primary language. */
export function configuredVoice(table: Record<string, string> | undefined, language: string): string | undefined {
  return table?.[language.toLowerCase()] ?? table?.[primary(language)];
}

/**
 * The narrator's voice: the one asked for if the service has it, else the configured one for the
 * language, else the service's first voice of the language's likely locale, else of the language.
 * Pure; the list comes from the service.
 */
export function chooseAzureVoice(voices: AzureVoice[], language: string, asked: string | undefined, configured: string | undefined): { voice: AzureVoice; warnings: string[] } {
  const warnings: string[] = [];
  const byName = (name: string) => voices.find((voice) => same(voice.ShortName, name));
  if (asked) {
    const found = byName(asked);
    if (found) return { voice: found, warnings };
  }
  let chosen = configured ? byName(configured) : undefined;
  if (configured && !chosen) warnings.push(`Azure Speech has no voice "${configured}" (set for ${language}); another voice was used`);
  const locale = likelyLocale(language);
  chosen ??= voices.find((voice) => same(voice.Locale, language)) ?? voices.find((voice) => same(voice.Locale, locale)) ?? voices.find((voice) => primary(voice.Locale) === primary(language));
  if (!chosen) throw new BadInputError(`Azure Speech has no voice for "${language}"`);
  if (asked) warnings.push(`Azure Speech has no voice "${asked}"; ${chosen.ShortName} was used`);
  return { voice: chosen, warnings };
}

/**
 * The speaking style: the book's if the voice has it (else a warning listing the voice's styles),
 * else the configured default where the voice has it. Undefined: the voice's plain delivery.
 */
export function chooseStyle(voice: AzureVoice, asked: string | undefined, configured: string | undefined): { style: string | undefined; warnings: string[] } {
  const styles = voice.StyleList ?? [];
  const has = (style: string) => styles.find((candidate) => same(candidate, style));
  if (asked) {
    const found = has(asked);
    if (found) return { style: found, warnings: [] };
    return { style: configured ? has(configured) : undefined, warnings: [`${voice.ShortName} has no "${asked}" style${styles.length ? ` (its styles: ${styles.join(', ')})` : ' (it has no styles)'}`] };
  }
  return { style: configured ? has(configured) : undefined, warnings: [] };
}
