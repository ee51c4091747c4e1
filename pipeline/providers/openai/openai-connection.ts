import OpenAI, { AzureOpenAI } from 'openai';
import { BadInputError } from '../../errors';
import type { Capability } from '../provider-vendor';
import type { CloudCallSettings } from '../cloud/cloud-call';
import { ConcurrencyLimit } from '../cloud/concurrency-limit';
import { DEFAULT_RETRY_POLICY } from '../cloud/retry-policy';
import { classifyOpenAIError } from './openai-errors';
import { DEFAULT_AZURE_OPENAI_API_VERSION, DEFAULT_OPENAI_MODELS, DEFAULT_OPENAI_VOICE, type OpenAIModels, type OpenAIProviderSettings } from './openai-settings';

const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** One SDK client and the call settings every OpenAI provider of one set shares. */
export interface OpenAIConnection {
  client: OpenAI;
  /** "openai", or "azure-openai" when the calls go to an Azure OpenAI resource. */
  provider: string;
  models: OpenAIModels;
  voice: string;
  imageQuality: string | undefined;
  /** Per capability, so a slow picture queue never holds up narration. */
  calls: Record<Capability, CloudCallSettings>;
}

/**
 * Builds the SDK client with its own retries turned off (one policy, ours, governs every vendor)
 * and every setting passed explicitly, so nothing is read from process.env behind our back.
 */
export function openAIConnection(settings: OpenAIProviderSettings): OpenAIConnection {
  if (!settings.apiKey?.trim()) throw new BadInputError(`no API key was given for OpenAI; set ${settings.keyVariable ?? 'OPENAI_API_KEY'}`);
  const calls = { retry: DEFAULT_RETRY_POLICY, timeoutMs: 180_000, concurrency: 4, ...settings.calls };
  const common = { apiKey: settings.apiKey, fetch: settings.fetch, maxRetries: 0, timeout: calls.timeoutMs + 5_000, organization: null, project: null, webhookSecret: null };
  let client: OpenAI;
  let provider: string;
  let baseURL: string;
  if (settings.azure) {
    baseURL = `${checkedUrl(settings.azure.endpoint, 'AZURE_OPENAI_ENDPOINT').replace(/\/+$/, '')}/openai`;
    client = new AzureOpenAI({ ...common, baseURL, apiVersion: settings.azure.apiVersion ?? DEFAULT_AZURE_OPENAI_API_VERSION });
    provider = 'azure-openai';
  } else {
    baseURL = checkedUrl(settings.baseURL ?? OPENAI_BASE_URL, 'OPENAI_BASE_URL');
    client = new OpenAI({ ...common, baseURL });
    provider = 'openai';
  }
  const keyVariable = settings.keyVariable ?? (settings.azure ? 'AZURE_OPENAI_API_KEY' : 'OPENAI_API_KEY');
  const callsFor = (): CloudCallSettings => ({
    provider,
    retry: calls.retry,
    timeoutMs: calls.timeoutMs,
    limit: new ConcurrencyLimit(calls.concurrency),
    classify: (error) => classifyOpenAIError(error, { provider, keyVariable, baseURL }),
  });
  return {
    client,
    provider,
    models: { ...DEFAULT_OPENAI_MODELS, ...definedOnly(settings.models ?? {}) },
    voice: settings.voice ?? DEFAULT_OPENAI_VOICE,
    imageQuality: settings.imageQuality,
    calls: { writer: callsFor(), planner: callsFor(), illustrator: callsFor(), narrator: callsFor(), transcriber: callsFor() },
  };
}

function checkedUrl(value: string, variable: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return value;
  } catch {
    throw new BadInputError(`${variable} is "${value}", which is not an http(s) address`);
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
