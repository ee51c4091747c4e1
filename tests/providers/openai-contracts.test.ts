import { illustratorContract } from '../../pipeline/providers/contracts/illustrator-contract';
import { narratorContract } from '../../pipeline/providers/contracts/narrator-contract';
import { scenePlannerContract } from '../../pipeline/providers/contracts/scene-planner-contract';
import { storyWriterContract } from '../../pipeline/providers/contracts/story-writer-contract';
import { transcriberContract } from '../../pipeline/providers/contracts/transcriber-contract';
import { createOpenAIProviders } from '../../pipeline/providers/openai/create-openai-providers';
import { FakeOpenAIServer } from '../../pipeline/providers/openai/testing/fake-openai-server';
import { fakeSpeech } from '../../pipeline/providers/openai/testing/fake-speech';
import { TEST_CALLS } from './openai-support';

// One fake for the whole file: the real SDK client talks to it over loopback.
let fake: FakeOpenAIServer | null = null;
async function providers() {
  fake ??= await FakeOpenAIServer.start();
  return createOpenAIProviders({ apiKey: fake.apiKey, baseURL: fake.url, calls: TEST_CALLS });
}
afterAll(async () => {
  await fake?.close();
});

storyWriterContract('OpenAIStoryWriter (fake server)', async () => (await providers()).writer);
scenePlannerContract('OpenAIScenePlanner (fake server)', async () => (await providers()).planner);
illustratorContract({ name: 'OpenAIIllustrator (fake server)', create: async () => (await providers()).illustrator });
narratorContract('OpenAINarrator (fake server)', { create: async () => (await providers()).narrator, languages: ['en', 'de'] });

transcriberContract('OpenAITranscriber (fake server)', {
  create: async () => (await providers()).transcriber,
  recording: async (text) => {
    await providers();
    const { wav, utterance } = fakeSpeech(text, 280);
    fake!.registerRecording(wav, utterance);
    return { audio: wav, mimeType: 'audio/wav', durationMs: utterance.durationSeconds * 1000 };
  },
});
