import { createOpenAIProviders, type OpenAIProviders } from '../../pipeline/providers/openai/create-openai-providers';
import type { OpenAIProviderSettings } from '../../pipeline/providers/openai/openai-settings';
import { FakeOpenAIServer } from '../../pipeline/providers/openai/testing/fake-openai-server';

/** Fast, bounded call settings for tests: real retries and timeouts, short waits. */
export const TEST_CALLS = { retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 50, maxRetryAfterMs: 5_000 }, timeoutMs: 5_000, concurrency: 4 };

/** The real SDK clients pointed at a fresh fake on loopback. */
export async function openAIAgainstFake(settings: Partial<OpenAIProviderSettings> = {}): Promise<{ fake: FakeOpenAIServer; providers: OpenAIProviders; close(): Promise<void> }> {
  const fake = await FakeOpenAIServer.start();
  const providers = createOpenAIProviders({ apiKey: fake.apiKey, baseURL: fake.url, calls: TEST_CALLS, ...settings });
  return { fake, providers, close: () => fake.close() };
}
