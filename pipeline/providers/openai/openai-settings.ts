import { readCloudCallOptions, type CloudCallOptions } from '../cloud/cloud-call-options';

export interface OpenAIModels {
  writer: string;
  planner: string;
  illustrator: string;
  narrator: string;
  transcriber: string;
}

export const DEFAULT_OPENAI_MODELS: OpenAIModels = {
  writer: 'gpt-4o-mini',
  planner: 'gpt-4o-mini',
  illustrator: 'gpt-image-1',
  narrator: 'gpt-4o-mini-tts',
  transcriber: 'whisper-1',
};

/** Settings for createOpenAIProviders. Only `apiKey` is required; the rest have defaults. */
export interface OpenAIProviderSettings {
  apiKey: string;
  /** Any OpenAI-compatible server ("http://localhost:11434/v1" for Ollama). Default: OpenAI. */
  baseURL?: string;
  /** Azure OpenAI instead: the resource endpoint; model names are then deployment names. */
  azure?: { endpoint: string; apiVersion?: string };
  /** Replaces global fetch (tests, proxies). */
  fetch?: typeof fetch;
  models?: Partial<OpenAIModels>;
  /** The narrator's voice when a book asks for none. */
  voice?: string;
  /** Picture quality: low, medium, high or auto (gpt-image-1); standard or hd (dall-e-3). */
  imageQuality?: string;
  /** Timeouts, tries and concurrency for every call. */
  calls?: Partial<CloudCallOptions>;
  /** The variable that holds the key, named in messages when the service rejects it. */
  keyVariable?: string;
}

export const DEFAULT_AZURE_OPENAI_API_VERSION = '2025-04-01-preview';
export const DEFAULT_OPENAI_VOICE = 'fable';

/** Whether the environment holds what Azure OpenAI needs (it wins over OPENAI_API_KEY when it does). */
export function usesAzureOpenAI(env: Record<string, string | undefined>): boolean {
  return Boolean(env.AZURE_OPENAI_ENDPOINT?.trim() && env.AZURE_OPENAI_API_KEY?.trim());
}

/**
 * The settings the environment describes: OPENAI_API_KEY and OPENAI_BASE_URL, or
 * AZURE_OPENAI_ENDPOINT with AZURE_OPENAI_API_KEY (and AZURE_OPENAI_API_VERSION); model names
 * per capability from OPENAI_<CAPABILITY>_MODEL. Null when neither key is set.
 */
export function openAISettingsFromEnv(env: Record<string, string | undefined>): OpenAIProviderSettings | null {
  const value = (name: string) => env[name]?.trim() || undefined;
  const models: Partial<OpenAIModels> = {
    writer: value('OPENAI_WRITER_MODEL'),
    planner: value('OPENAI_PLANNER_MODEL'),
    illustrator: value('OPENAI_IMAGE_MODEL'),
    narrator: value('OPENAI_SPEECH_MODEL'),
    transcriber: value('OPENAI_TRANSCRIPTION_MODEL'),
  };
  const common = { models, voice: value('OPENAI_VOICE'), imageQuality: value('OPENAI_IMAGE_QUALITY'), calls: readCloudCallOptions(env, 'OPENAI', { timeoutSeconds: 180, concurrency: 4 }) };
  if (usesAzureOpenAI(env)) {
    return { ...common, apiKey: value('AZURE_OPENAI_API_KEY')!, azure: { endpoint: value('AZURE_OPENAI_ENDPOINT')!, apiVersion: value('AZURE_OPENAI_API_VERSION') ?? value('OPENAI_API_VERSION') }, keyVariable: 'AZURE_OPENAI_API_KEY' };
  }
  const apiKey = value('OPENAI_API_KEY');
  if (!apiKey) return null;
  return { ...common, apiKey, baseURL: value('OPENAI_BASE_URL'), keyVariable: 'OPENAI_API_KEY' };
}
