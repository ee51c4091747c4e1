import { narratorContract } from '../../pipeline/providers/contracts/narrator-contract';
import { transcriberContract } from '../../pipeline/providers/contracts/transcriber-contract';
import { createAzureSpeechProviders } from '../../pipeline/providers/azure/create-azure-speech-providers';
import { FakeAzureSpeechServer } from '../../pipeline/providers/azure/testing/fake-azure-speech-server';
import { fakeSpeech } from '../../pipeline/providers/openai/testing/fake-speech';
import { TEST_CALLS } from './openai-support';

// One fake Speech service for the file; the real SDK reaches it through SpeechConfig.fromHost.
let fake: FakeAzureSpeechServer | null = null;
async function providers() {
  fake ??= await FakeAzureSpeechServer.start();
  return createAzureSpeechProviders({ key: fake.key, host: fake.host, calls: TEST_CALLS });
}
afterAll(async () => {
  await fake?.close();
});

narratorContract('AzureNarrator (fake service)', { create: async () => (await providers()).narrator, languages: ['en', 'de', 'fr'] });
transcriberContract('AzureTranscriber (fake service)', {
  create: async () => (await providers()).transcriber,
  recording: async (text) => {
    await providers();
    const { wav, utterance } = fakeSpeech(text, 280);
    fake!.registerRecording(utterance.durationSeconds * 1000, utterance);
    return { audio: wav, mimeType: 'audio/wav', durationMs: utterance.durationSeconds * 1000 };
  },
});
