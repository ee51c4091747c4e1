import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { decodeWav, durationMs } from '../../pipeline/audio/wav';
import { makeBook } from '../../pipeline/make-book';
import { chooseProviders } from '../../pipeline/providers/choose-providers';
import { defaultVendors } from '../../pipeline/providers/default-vendors';
import { FakeAzureSpeechServer } from '../../pipeline/providers/azure/testing/fake-azure-speech-server';
import { FakeOpenAIServer } from '../../pipeline/providers/openai/testing/fake-openai-server';
import { fakeSpeech } from '../../pipeline/providers/openai/testing/fake-speech';
import { STORY_WORDS_FILE } from '../../pipeline/recording/story-words-file';
import { defaultRenderers } from '../../pipeline/render/renderers';
import { expectRecordedFilesExist, queuedBook } from '../make-book/make-book-fixtures';

const STORY = 'Once upon a time a small fox lived by the river. Every night she watched the moon.\n\nOne evening the moon was gone! The fox set out to find it.\n\nAt last she found it in the river, and laughed.';

/** The environment a person would set, pointing at the fakes instead of the services. */
function cloudEnv(openai: FakeOpenAIServer | null, azure: FakeAzureSpeechServer | null): Record<string, string> {
  return {
    ...(openai ? { OPENAI_API_KEY: openai.apiKey, OPENAI_BASE_URL: openai.url } : {}),
    ...(azure ? { AZURE_SPEECH_KEY: azure.key, AZURE_SPEECH_HOST: azure.host } : {}),
    STORYLOOM_OPENAI_MAX_ATTEMPTS: '3',
    STORYLOOM_OPENAI_TIMEOUT_SECONDS: '20',
  };
}

describe('books made end to end through the cloud providers (fakes standing in)', () => {
  let openai: FakeOpenAIServer;
  let azure: FakeAzureSpeechServer;
  beforeAll(async () => {
    [openai, azure] = await Promise.all([FakeOpenAIServer.start(), FakeAzureSpeechServer.start()]);
  });
  afterAll(async () => {
    await Promise.all([openai.close(), azure.close()]);
  });

  it('makes a book from a prompt with OpenAI alone: writer, planner, pictures, speech, web book', async () => {
    const chosen = chooseProviders({ env: cloudEnv(openai, null) }, defaultVendors());
    expect(chosen.choices.map((choice) => choice.vendor)).toEqual(['openai', 'openai', 'openai', 'openai', 'openai']);
    const { folder, remove } = await queuedBook({ source: { kind: 'prompt', prompt: 'a fox who loses the moon' }, options: { formats: ['web'], size: 'landscape' } });
    try {
      const before = { images: openai.requestsTo('images').length, speech: openai.requestsTo('speech').length };
      const manifest = await makeBook(folder, { providers: chosen.providers, renderers: defaultRenderers() });
      expect(manifest.status).toBe('ready');
      expect(manifest.title).toBe('The Fox Who Wanted the Moon');
      expect(manifest.steps.story).toMatchObject({ provider: 'openai', model: 'gpt-4o-mini' });
      expect(manifest.steps.plan).toMatchObject({ provider: 'openai', warnings: [] });
      expect(manifest.scenes).toHaveLength(3);
      expect(manifest.steps.scenes.every((steps) => steps.picture?.provider === 'openai' && steps.picture.width === 1280 && steps.narration?.provider === 'openai')).toBe(true);
      expect(manifest.steps.scenes[0].narration!.words[0]).toMatchObject({ text: 'Once', startMs: 150 });
      expect(openai.requestsTo('images').length - before.images).toBe(3);
      expect(openai.requestsTo('speech').length - before.speech).toBe(3);
      expect(manifest.outputs.web?.files[0]).toBe('web/index.html');
      await expectRecordedFilesExist(folder, manifest);
    } finally {
      await chosen.providers.close();
      await remove();
    }
  });

  it('narrates with Azure Speech and draws with OpenAI when both keys are set', async () => {
    const chosen = chooseProviders({ env: cloudEnv(openai, azure) }, defaultVendors());
    expect(chosen.choices.map((choice) => choice.vendor)).toEqual(['openai', 'openai', 'openai', 'azure', 'azure']);
    const { folder, remove } = await queuedBook({ source: { kind: 'text', text: STORY }, options: { formats: ['web'], voice: 'en-GB-SoniaNeural', rate: 0.9 } });
    try {
      const spoken = azure.ssml.length;
      const manifest = await makeBook(folder, { providers: chosen.providers, renderers: defaultRenderers() });
      expect(manifest.status).toBe('ready');
      expect(azure.ssml.length - spoken).toBe(3);
      expect(azure.ssml.at(-1)).toContain('<voice name="en-GB-SoniaNeural"><prosody rate="-10%">');
      const first = manifest.steps.scenes[0].narration!;
      expect(first).toMatchObject({ provider: 'azure', mimeType: 'audio/wav' });
      expect(first.words.map((word) => word.text).slice(0, 3)).toEqual(['Once', 'upon', 'a']);
      expect(first.durationMs).toBeCloseTo(durationMs(decodeWav(await fs.readFile(folder.resolve(first.file)))), 3);
      expect(manifest.steps.narration!.sceneOffsetsMs[1]).toBeCloseTo(first.durationMs, 0);
    } finally {
      await chosen.providers.close();
      await remove();
    }
  });

  it('makes a book from an uploaded recording: the recording is transcribed, cut at the scenes and is the narration', async () => {
    const chosen = chooseProviders({ env: cloudEnv(openai, azure) }, defaultVendors());
    const { wav, utterance } = fakeSpeech(STORY, 320);
    azure.registerRecording(utterance.durationSeconds * 1000, utterance);
    const { folder, remove } = await queuedBook({ source: { kind: 'audio', file: 'recording.mp3', mimeType: 'audio/mpeg' }, options: { formats: ['web'], targetScenes: 3 } });
    try {
      // An MP3, as a phone would send: ffmpeg turns it into PCM for the recogniser and for the cuts.
      await fs.writeFile(folder.resolve('recording.wav'), wav);
      execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', folder.resolve('recording.wav'), '-c:a', 'libmp3lame', '-b:a', '96k', folder.resolve('recording.mp3')]);
      const spoken = { azure: azure.ssml.length, openai: openai.requestsTo('speech').length };
      const manifest = await makeBook(folder, { providers: chosen.providers, renderers: defaultRenderers() });
      expect(manifest.status).toBe('ready');
      expect(manifest.steps.story).toMatchObject({ provider: 'azure', model: 'speech-to-text' });
      expect((await fs.readFile(folder.resolve('story.txt'), 'utf8')).trim()).toBe(utterance.text);
      await expect(fs.access(folder.resolve(STORY_WORDS_FILE))).resolves.toBeUndefined();
      // No speech was synthesized: the narration is the person's own voice.
      expect(azure.ssml.length).toBe(spoken.azure);
      expect(openai.requestsTo('speech').length).toBe(spoken.openai);
      const narrations = manifest.steps.scenes.map((steps) => steps.narration!);
      expect(narrations.every((narration) => narration.provider === 'recording')).toBe(true);
      const total = narrations.reduce((sum, narration) => sum + narration.durationMs, 0);
      expect(total).toBeGreaterThan(utterance.durationSeconds * 1000 - 120);
      expect(total).toBeLessThan(utterance.durationSeconds * 1000 + 120);
      // Scene 2's first word was heard at a known time: its cut starts in the pause before it.
      const wordsBefore = (manifest.scenes[0].text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      const heard = utterance.words[wordsBefore];
      const offset = manifest.steps.narration!.sceneOffsetsMs[1];
      expect(manifest.scenes).toHaveLength(3);
      expect(narrations[1].words[0].text).toBe(heard.word);
      expect(offset + narrations[1].words[0].startMs).toBeCloseTo(heard.start * 1000, -1);
      expect(offset).toBeLessThan(heard.start * 1000);
      expect(offset).toBeGreaterThan(utterance.words[wordsBefore - 1].end * 1000);
      expect(manifest.scenes.map((scene) => scene.text).join('').replace(/\s+/g, ' ')).toBe(utterance.text);
    } finally {
      await chosen.providers.close();
      await remove();
    }
  });

  it('fails a book naming the scene and provider when a picture cannot be made, and a second run redoes only that', async () => {
    const chosen = chooseProviders({ env: cloudEnv(openai, null) }, defaultVendors());
    const { folder, remove } = await queuedBook({ source: { kind: 'text', text: STORY }, options: { formats: ['web'] } });
    try {
      openai.fail('images', { status: 500, message: 'The server had an error while processing your request.' }, 3);
      const before = { images: openai.requestsTo('images').length, speech: openai.requestsTo('speech').length };
      const failure = await makeBook(folder, { providers: chosen.providers, renderers: defaultRenderers(), concurrency: 1 }).catch((error) => error);
      expect(failure.message).toBe('openai answered HTTP 500: The server had an error while processing your request. (gave up after 3 tries)');
      const failed = await folder.read();
      expect(failed.status).toBe('failed');
      expect(failed.error).toEqual({ code: 'provider_failed', scene: 0, provider: 'openai', message: 'drawing scene 1 failed: openai answered HTTP 500: The server had an error while processing your request. (gave up after 3 tries)' });
      expect(failed.steps.scenes[0].narration).not.toBeNull();
      expect(openai.requestsTo('images').length - before.images).toBe(3);

      const middle = { images: openai.requestsTo('images').length, speech: openai.requestsTo('speech').length, chat: openai.requestsTo('chat').length };
      const manifest = await makeBook(folder, { providers: chosen.providers, renderers: defaultRenderers(), concurrency: 1 });
      expect(manifest.status).toBe('ready');
      expect(openai.requestsTo('chat').length).toBe(middle.chat);
      expect(openai.requestsTo('images').length - middle.images).toBe(3);
      expect(openai.requestsTo('speech').length - middle.speech).toBe(2);
      expect(middle.speech - before.speech).toBe(1);
    } finally {
      await chosen.providers.close();
      await remove();
    }
  });
});
