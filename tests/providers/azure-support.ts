import { createAzureSpeechProviders, type AzureSpeechProviders } from '../../pipeline/providers/azure/create-azure-speech-providers';
import type { AzureSpeechSettings } from '../../pipeline/providers/azure/azure-speech-settings';
import { FakeAzureSpeechServer } from '../../pipeline/providers/azure/testing/fake-azure-speech-server';
import { TEST_CALLS } from './openai-support';

/** The real Speech SDK pointed at a fresh fake with SpeechConfig.fromHost. */
export async function azureAgainstFake(settings: Partial<AzureSpeechSettings> = {}): Promise<{ fake: FakeAzureSpeechServer; providers: AzureSpeechProviders; close(): Promise<void> }> {
  const fake = await FakeAzureSpeechServer.start();
  const providers = createAzureSpeechProviders({ key: fake.key, host: fake.host, calls: TEST_CALLS, ...settings });
  return { fake, providers, close: () => fake.close() };
}
