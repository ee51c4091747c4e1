import { APIConnectionError, AuthenticationError, RateLimitError } from 'openai';
import { classifyOpenAIError } from './openai-errors';
import { openAISettingsFromEnv } from './openai-settings';

describe('OpenAI settings from the environment', () => {
  it('is off without a key', () => {
    expect(openAISettingsFromEnv({})).toBeNull();
    expect(openAISettingsFromEnv({ AZURE_OPENAI_ENDPOINT: 'https://r.openai.azure.com' })).toBeNull();
  });

  it('reads the key, base URL, model names, voice and quality', () => {
    const settings = openAISettingsFromEnv({ OPENAI_API_KEY: 'sk', OPENAI_BASE_URL: 'http://localhost:11434/v1', OPENAI_WRITER_MODEL: 'llama3.2', OPENAI_IMAGE_MODEL: 'dall-e-3', OPENAI_VOICE: 'nova', OPENAI_IMAGE_QUALITY: 'hd' });
    expect(settings).toMatchObject({ apiKey: 'sk', baseURL: 'http://localhost:11434/v1', models: { writer: 'llama3.2', illustrator: 'dall-e-3' }, voice: 'nova', imageQuality: 'hd', keyVariable: 'OPENAI_API_KEY' });
    expect(settings?.azure).toBeUndefined();
  });

  it('prefers Azure OpenAI when its endpoint and key are set', () => {
    const settings = openAISettingsFromEnv({ OPENAI_API_KEY: 'sk', AZURE_OPENAI_ENDPOINT: 'https://r.openai.azure.com', AZURE_OPENAI_API_KEY: 'az', AZURE_OPENAI_API_VERSION: '2024-10-21' });
    expect(settings).toMatchObject({ apiKey: 'az', azure: { endpoint: 'https://r.openai.azure.com', apiVersion: '2024-10-21' }, keyVariable: 'AZURE_OPENAI_API_KEY' });
  });
});

describe('OpenAI errors', () => {
  const context = { provider: 'openai', keyVariable: 'OPENAI_API_KEY', baseURL: 'https://api.openai.com/v1' };

  it('names the key variable for a rejected key, and does not retry', () => {
    const error = classifyOpenAIError(new AuthenticationError(401, { message: 'Incorrect API key provided' }, undefined, new Headers()), context);
    expect(error).toMatchObject({ retryable: false, status: 401, message: 'openai rejected the API key (HTTP 401: Incorrect API key provided); check OPENAI_API_KEY' });
  });

  it('carries a rate limit’s retry-after', () => {
    const error = classifyOpenAIError(new RateLimitError(429, { message: 'slow down' }, undefined, new Headers({ 'retry-after': '3' })), context);
    expect(error).toMatchObject({ retryable: true, status: 429, retryAfterMs: 3000, message: 'openai answered HTTP 429: slow down' });
  });

  it('names the address it could not reach', () => {
    const error = classifyOpenAIError(new APIConnectionError({ cause: new Error('connect ECONNREFUSED') }), context);
    expect(error).toMatchObject({ retryable: true, message: 'could not reach openai at https://api.openai.com/v1: connect ECONNREFUSED' });
  });
});
