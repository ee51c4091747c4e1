import { BadInputError } from '../../errors';
import { readCloudCallOptions, type CloudCallOptions } from '../cloud/cloud-call-options';

/** Settings for createAzureSpeechProviders. A key and either a region or a host are required. */
export interface AzureSpeechSettings {
  key: string;
  /** The resource's region ("westeurope"). */
  region?: string;
  /** A custom host instead ("wss://my-container:5000"; tests use ws://127.0.0.1:PORT). */
  host?: string;
  /** The narrator's voice per language ("en" or "en-GB" → "en-GB-SoniaNeural"); the service's first voice otherwise. */
  voices?: Record<string, string>;
  /** A second voice per language for quoted lines. */
  dialogueVoices?: Record<string, string>;
  /** A speaking style used where the voice has it ("narration-relaxed"); the book's own style wins. */
  style?: string;
  /** An SSML pitch for the narration ("-5%", "+1st"). */
  pitch?: string;
  fetch?: typeof fetch;
  calls?: Partial<CloudCallOptions>;
}

/** Whether the environment holds what Azure Speech needs. */
export function usesAzureSpeech(env: Record<string, string | undefined>): boolean {
  return Boolean(env.AZURE_SPEECH_KEY?.trim() && (env.AZURE_SPEECH_REGION?.trim() || env.AZURE_SPEECH_HOST?.trim()));
}

/**
 * "en=en-US-AvaNeural, de=de-DE-KatjaNeural" → { en: …, de: … }. A malformed entry is refused,
 * naming the variable, rather than silently skipped.
 */
export function parseVoiceTable(value: string | undefined, variable: string): Record<string, string> {
  const table: Record<string, string> = {};
  for (const entry of (value ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const match = /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\s*=\s*([A-Za-z0-9:_.-]+)$/.exec(entry);
    if (!match) throw new BadInputError(`${variable} has "${entry}"; write language=voice pairs separated by commas, e.g. en=en-US-AvaNeural,de=de-DE-KatjaNeural`);
    table[match[1].toLowerCase()] = match[2];
  }
  return table;
}

/**
 * AZURE_SPEECH_KEY with AZURE_SPEECH_REGION or AZURE_SPEECH_HOST; voices from
 * AZURE_SPEECH_VOICES and AZURE_SPEECH_DIALOGUE_VOICES; AZURE_SPEECH_STYLE, AZURE_SPEECH_PITCH.
 * Null when the key or the place is missing.
 */
export function azureSpeechSettingsFromEnv(env: Record<string, string | undefined>): AzureSpeechSettings | null {
  if (!usesAzureSpeech(env)) return null;
  const value = (name: string) => env[name]?.trim() || undefined;
  const pitch = value('AZURE_SPEECH_PITCH');
  if (pitch && !/^([+-]?\d+(\.\d+)?(%|st|Hz)|x-low|low|medium|high|x-high|default)$/.test(pitch)) {
    throw new BadInputError(`AZURE_SPEECH_PITCH is "${pitch}"; use a relative value like -5%, +2st or a word like low or high`);
  }
  return {
    key: value('AZURE_SPEECH_KEY')!,
    region: value('AZURE_SPEECH_REGION'),
    host: value('AZURE_SPEECH_HOST'),
    voices: parseVoiceTable(value('AZURE_SPEECH_VOICES'), 'AZURE_SPEECH_VOICES'),
    dialogueVoices: parseVoiceTable(value('AZURE_SPEECH_DIALOGUE_VOICES'), 'AZURE_SPEECH_DIALOGUE_VOICES'),
    style: value('AZURE_SPEECH_STYLE'),
    pitch,
    calls: readCloudCallOptions(env, 'AZURE_SPEECH', { timeoutSeconds: 120, concurrency: 4 }),
  };
}
