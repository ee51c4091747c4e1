import type { VoiceInfo } from '../../narrator';
import { languageName } from '../writer/story-prompt';

/** The voices of gpt-4o-mini-tts; tts-1 and tts-1-hd have the first nine. */
export const OPENAI_VOICE_NAMES = ['alloy', 'ash', 'coral', 'echo', 'fable', 'nova', 'onyx', 'sage', 'shimmer', 'ballad', 'verse'] as const;
const TTS1_VOICE_COUNT = 9;

// Every OpenAI voice speaks every language the model knows; these are the ones offered in lists.
export const OPENAI_SPEECH_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'ro', 'ca', 'ru', 'uk', 'tr', 'el', 'ja', 'ko', 'zh', 'ar', 'hi', 'he', 'id', 'vi'];

function namesFor(model: string): readonly string[] {
  return model.startsWith('tts-1') ? OPENAI_VOICE_NAMES.slice(0, TTS1_VOICE_COUNT) : OPENAI_VOICE_NAMES;
}

/**
 * Voices as option lists need them: one entry per language and voice ("de-fable"), since a list
 * entry speaks one language. The voice itself is the same in every language.
 */
export function openAIVoices(model: string): VoiceInfo[] {
  return OPENAI_SPEECH_LANGUAGES.flatMap((language) =>
    namesFor(model).map((name) => ({ id: `${language}-${name}`, name: `${name[0].toUpperCase()}${name.slice(1)} (${languageName(language)})`, language, styles: [] })),
  );
}

/**
 * The OpenAI voice for a book's voice option: "fable", "de-fable" or "en-GB-fable" all mean
 * fable. Anything else falls back to the default with a warning naming what was asked.
 */
export function resolveOpenAIVoice(requested: string | undefined, fallback: string, model: string): { voice: string; warnings: string[] } {
  const names = namesFor(model);
  if (!requested) return { voice: fallback, warnings: [] };
  const wanted = requested.trim().toLowerCase();
  const name = names.find((candidate) => wanted === candidate || wanted.endsWith(`-${candidate}`));
  if (name) return { voice: name, warnings: [] };
  return { voice: fallback, warnings: [`${model} has no voice "${requested}"; ${fallback} was used (voices: ${names.join(', ')})`] };
}
