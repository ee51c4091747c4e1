import { primaryLanguage } from '../../model';
import type { VoiceInfo } from '../../providers/narrator';
import { UsageError } from '../cli-io';

/**
 * Checks the language and voice against what the narrator offers, before any work starts, and
 * names the valid choices when one is wrong.
 */
export function checkLanguageAndVoice(command: string, language: string, voice: string | undefined, voices: VoiceInfo[]): void {
  const spoken = [...new Set(voices.map((entry) => entry.language))];
  const matches = (tag: string) => tag.toLowerCase() === language.toLowerCase() || primaryLanguage(tag) === primaryLanguage(language);
  if (!spoken.some(matches)) throw new UsageError(`the narrator cannot speak "${language}"; languages: ${spoken.join(', ')}`, command);
  if (voice === undefined) return;
  if (voices.some((entry) => entry.id === voice)) return;
  const forLanguage = voices.filter((entry) => matches(entry.language)).map((entry) => entry.id);
  throw new UsageError(`there is no voice "${voice}"; voices for ${language}: ${forLanguage.join(', ')}`, command);
}
