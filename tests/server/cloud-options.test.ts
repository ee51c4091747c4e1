import request from 'supertest';
import { FakeAzureSpeechServer } from '../../pipeline/providers/azure/testing/fake-azure-speech-server';
import { FakeOpenAIServer } from '../../pipeline/providers/openai/testing/fake-openai-server';
import { startServer } from '../../server/start-server';
import { loadServerProviders } from '../../server/server-providers';
import { temporaryFolder } from '../support/temporary-folder';

describe('GET /api/options with cloud keys set', () => {
  it('shows which provider does what and why, and the Azure voices with their styles', async () => {
    const [openai, azure, folder] = await Promise.all([FakeOpenAIServer.start(), FakeAzureSpeechServer.start(), temporaryFolder()]);
    const env = { OPENAI_API_KEY: openai.apiKey, OPENAI_BASE_URL: openai.url, AZURE_SPEECH_KEY: azure.key, AZURE_SPEECH_HOST: azure.host };
    const { providers, choices } = await loadServerProviders(env);
    const server = await startServer({ dataDir: folder.dir, providers, providerChoices: choices, webRoot: null, log: () => undefined });
    try {
      const options = (await request(server.url).get('/api/options').expect(200)).body;
      expect(options.providers).toEqual([
        { capability: 'writer', provider: 'openai', model: 'gpt-4o-mini', reason: `OPENAI_API_KEY is set, with OPENAI_BASE_URL=${openai.url}` },
        { capability: 'planner', provider: 'openai', model: 'gpt-4o-mini', reason: `OPENAI_API_KEY is set, with OPENAI_BASE_URL=${openai.url}` },
        { capability: 'illustrator', provider: 'openai', model: 'gpt-image-1', reason: `OPENAI_API_KEY is set, with OPENAI_BASE_URL=${openai.url}` },
        { capability: 'narrator', provider: 'azure', model: 'neural-tts', reason: `AZURE_SPEECH_KEY and AZURE_SPEECH_HOST=${azure.host} are set` },
        { capability: 'transcriber', provider: 'azure', model: 'speech-to-text', reason: `AZURE_SPEECH_KEY and AZURE_SPEECH_HOST=${azure.host} are set` },
      ]);
      expect(options.voices).toContainEqual({ id: 'en-US-AvaNeural', name: 'Ava (English (United States))', language: 'en-US', styles: ['narration-relaxed', 'cheerful', 'sad', 'whispering'] });
      expect(options.languages.map((language: { tag: string }) => language.tag)).toEqual(['de-DE', 'en-GB', 'en-US', 'es-ES', 'fr-FR']);
      const refused = await request(server.url).post('/api/books').send({ text: 'A fox.', voice: 'en-US-Nobody' }).expect(400);
      expect(refused.body.error.message).toMatch(/^there is no voice "en-US-Nobody"; for en choose one of en-US-AvaNeural, en-US-AndrewNeural, en-GB-SoniaNeural$/);
    } finally {
      await server.close();
      await Promise.all([openai.close(), azure.close(), folder.remove()]);
    }
  });
});
