import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { BookStore } from '../../pipeline/book-store';
import { makeBook } from '../../pipeline/make-book';
import { createOpenAIProviders } from '../../pipeline/providers/openai/create-openai-providers';
import { FakeOpenAIServer } from '../../pipeline/providers/openai/testing/fake-openai-server';
import { fakeSpeech } from '../../pipeline/providers/openai/testing/fake-speech';
import type { ProviderSet } from '../../pipeline/providers/provider-set';
import { syntheticProviders } from '../../pipeline/providers/testing/test-providers';
import { createApp } from '../../server/create-app';
import { JobRunner } from '../../server/jobs/job-runner';
import { createOptionsCatalog } from '../../server/options/options-catalog';
import { ProgressHub } from '../../server/progress/progress-hub';
import { temporaryFolder } from '../support/temporary-folder';
import { TEST_CALLS } from '../providers/openai-support';
import { expectNoStackTrace, waitFor } from './support/app-harness';

const STORY = 'Once there was a fox by the river. Every night she watched the moon. One evening the moon was gone!';

/** The app in process with synthetic planning and pictures and, when given, a transcriber. */
async function harness(transcriber: ProviderSet['transcriber'], recordingLimitBytes?: number) {
  const temporary = await temporaryFolder('storyloom-recording-');
  const store = new BookStore(temporary.dir);
  const hub = new ProgressHub();
  const providers: ProviderSet = { ...syntheticProviders(), transcriber };
  const jobs = new JobRunner({ store, concurrency: 1, publish: (event) => hub.publish(event), log: () => undefined, makeBook: (folder, run) => makeBook(folder, { providers, renderers: [], ...run }) });
  const app = createApp({ store, jobs, hub, catalog: createOptionsCatalog(providers), webRoot: null, log: () => undefined, recordingLimitBytes });
  return { app, store, dir: temporary.dir, close: async () => { await jobs.stop(); await temporary.remove(); } };
}

describe('POST /api/books with a recorded narration', () => {
  let fake: FakeOpenAIServer;
  let server: Awaited<ReturnType<typeof harness>>;
  const recording = fakeSpeech(STORY, 250);
  beforeAll(async () => {
    fake = await FakeOpenAIServer.start();
    fake.registerRecording(recording.wav, recording.utterance);
    server = await harness(createOpenAIProviders({ apiKey: fake.apiKey, baseURL: fake.url, calls: TEST_CALLS }).transcriber);
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it('accepts a WAV with options, and the book is made from it, narrated by the recording itself', async () => {
    const answer = await request(server.app).post('/api/books').attach('recording', Buffer.from(recording.wav), { filename: 'story.wav', contentType: 'audio/wav' }).field('options', JSON.stringify({ language: 'en', formats: ['web'] })).expect(202);
    expect(answer.body).toMatchObject({ id: expect.stringMatching(/^[a-z2-7]{16}$/), status: 'queued', links: { self: `/api/books/${answer.body.id}` } });
    expect(answer.headers.location).toBe(`/api/books/${answer.body.id}`);
    const manifest = await waitFor(async () => {
      const book = await server.store.read(answer.body.id);
      return ['ready', 'failed'].includes(book.status) && book;
    }, 'the book to be made');
    expect(manifest.error).toBeNull();
    expect(manifest.request.source).toEqual({ kind: 'audio', file: 'recording.wav', mimeType: 'audio/wav' });
    expect(manifest.steps.story).toMatchObject({ provider: 'openai', model: 'whisper-1' });
    expect(manifest.steps.scenes.every((steps) => steps.narration?.provider === 'recording')).toBe(true);
    expect(fake.requestsTo('speech')).toHaveLength(0);
    const stored = await fs.readFile(server.store.folder(answer.body.id).resolve('recording.wav'));
    expect(Buffer.compare(stored, Buffer.from(recording.wav))).toBe(0);
  });

  it('knows a browser recording by its bytes: WebM/Opus labelled video/webm is audio/webm', async () => {
    const folder = await temporaryFolder();
    try {
      await fs.writeFile(path.join(folder.dir, 'story.wav'), recording.wav);
      execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', path.join(folder.dir, 'story.wav'), '-c:a', 'libopus', '-b:a', '32k', path.join(folder.dir, 'story.webm')]);
      const webm = await fs.readFile(path.join(folder.dir, 'story.webm'));
      const answer = await request(server.app).post('/api/books').attach('recording', webm, { filename: 'blob', contentType: 'video/webm' }).expect(202);
      const manifest = await server.store.read(answer.body.id);
      expect(manifest.request.source).toEqual({ kind: 'audio', file: 'recording.webm', mimeType: 'audio/webm' });
    } finally {
      await folder.remove();
    }
  });

  const refusals: Array<[string, () => request.Test, number, string, RegExp]> = [
    ['a picture instead of a recording', () => request(server.app).post('/api/books').attach('recording', Buffer.from('\x89PNG\r\n\x1a\n0000000000000000'), { filename: 'cat.png', contentType: 'image/png' }), 415, 'unsupported_media_type', /^the recording must be WAV, MP3, M4A, OGG, WebM; "cat.png" \(image\/png\) is not one of them$/],
    ['no recording', () => request(server.app).post('/api/books').field('options', '{}'), 400, 'bad_input', /the recording is missing: send it in the form field "recording"/],
    ['a recording in the wrong field', () => request(server.app).post('/api/books').attach('audio', Buffer.from(recording.wav), 'story.wav'), 400, 'bad_input', /send one file, in the form field "recording"/],
    ['options that are not JSON', () => request(server.app).post('/api/books').attach('recording', Buffer.from(recording.wav), 'story.wav').field('options', '{language:'), 400, 'bad_input', /^the "options" field is not JSON \(.+\); send the options as a JSON object/],
    ['an unknown option', () => request(server.app).post('/api/books').attach('recording', Buffer.from(recording.wav), 'story.wav').field('options', '{"colour":"red"}'), 400, 'bad_input', /unknown option "colour"/],
    ['an unknown field', () => request(server.app).post('/api/books').attach('recording', Buffer.from(recording.wav), 'story.wav').field('language', 'en'), 400, 'bad_input', /unknown form field "language"/],
  ];
  it.each(refusals)('refuses %s with a clear message', async (_name, send, status, code, message) => {
    const before = (await server.store.list()).books.length;
    const answer = await send().expect(status);
    expect(answer.body.error.code).toBe(code);
    expect(answer.body.error.message).toMatch(message);
    expectNoStackTrace(answer.text);
    expect((await server.store.list()).books.length).toBe(before);
  });
});

describe('recordings on a server that cannot take them', () => {
  it('says which keys enable a transcriber, when there is none', async () => {
    const server = await harness(null);
    try {
      const answer = await request(server.app).post('/api/books').attach('recording', Buffer.from(fakeSpeech('Hello.', 200).wav), 'hello.wav').expect(501);
      expect(answer.body.error).toEqual({
        code: 'no_transcriber',
        message: 'making a book from a recording needs a transcriber, and this server has none: set AZURE_SPEECH_KEY with AZURE_SPEECH_REGION, or OPENAI_API_KEY (or AZURE_OPENAI_ENDPOINT with AZURE_OPENAI_API_KEY)',
        details: { needs: ['AZURE_SPEECH_KEY', 'AZURE_SPEECH_REGION', 'OPENAI_API_KEY'] },
      });
    } finally {
      await server.close();
    }
  });

  it('refuses a recording over the size limit with 413, naming the limit', async () => {
    const server = await harness(syntheticTranscriber(), 1024 * 1024);
    try {
      const big = Buffer.concat([Buffer.from(fakeSpeech('Hello.', 200).wav.subarray(0, 44)), Buffer.alloc(2 * 1024 * 1024)]);
      const answer = await request(server.app).post('/api/books').attach('recording', big, 'long.wav').expect(413);
      expect(answer.body.error).toEqual({ code: 'too_large', message: 'the recording is larger than 1 MB; send a shorter one, or a compressed format such as M4A or MP3' });
    } finally {
      await server.close();
    }
  });
});

function syntheticTranscriber(): NonNullable<ProviderSet['transcriber']> {
  return { provider: 'synthetic', model: 'none', transcribe: async () => ({ text: '', words: [], warnings: [] }) };
}
