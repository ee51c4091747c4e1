import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createOpenAIProviders } from '../../pipeline/providers/openai/create-openai-providers';
import { FakeOpenAIServer } from '../../pipeline/providers/openai/testing/fake-openai-server';
import { syntheticProviders } from '../../pipeline/providers/testing/test-providers';
import { startServer, type RunningServer } from '../../server/start-server';
import { buildWebApp } from '../../server/web-build/build-web-app';
import { temporaryFolder } from '../support/temporary-folder';
import { TEST_CALLS } from '../providers/openai-support';
import { waitFor } from './support/app-harness';

describe('telling a story aloud in the browser', () => {
  let fake: FakeOpenAIServer;
  let server: RunningServer;
  let browser: Browser;
  let temporary: Awaited<ReturnType<typeof temporaryFolder>>;

  beforeAll(async () => {
    temporary = await temporaryFolder('storyloom-record-');
    fake = await FakeOpenAIServer.start();
    // Chromium's fake microphone plays a beep; the fake transcriber "hears" a story in it.
    fake.unknownRecording = { text: 'A fox sang. The moon listened.', words: [{ word: 'A', start: 0.1, end: 0.2 }, { word: 'fox', start: 0.25, end: 0.5 }, { word: 'sang', start: 0.55, end: 0.8 }, { word: 'The', start: 1.0, end: 1.1 }, { word: 'moon', start: 1.15, end: 1.4 }, { word: 'listened', start: 1.45, end: 1.8 }], durationSeconds: 2 };
    const webRoot = path.join(temporary.dir, 'web');
    await buildWebApp(webRoot);
    server = await startServer({
      dataDir: path.join(temporary.dir, 'data'),
      providers: { ...syntheticProviders(), transcriber: createOpenAIProviders({ apiKey: fake.apiKey, baseURL: fake.url, calls: TEST_CALLS }).transcriber },
      renderers: [],
      webRoot,
      log: () => undefined,
    });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
        // A fake microphone, and microphone permission granted without asking.
        '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await fake?.close();
    await temporary?.remove();
  });

  it('records with the Record button, sends the recording, and the book is made from the voice', async () => {
    const page = await browser.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(server.url);
    await page.getByRole('tab', { name: 'Tell it aloud' }).click();
    await page.click('#record-button');
    await page.waitForFunction(() => document.querySelector('#record-button')?.getAttribute('aria-pressed') === 'true');
    await page.waitForTimeout(1500);
    await page.click('#record-button');
    await page.waitForSelector('audio.recording-preview:not([hidden])');
    expect(await page.textContent('.recording-clock')).toMatch(/^0:0[12]$/);
    await page.getByRole('button', { name: 'Create the book' }).click();
    await page.waitForURL(/#\/books\/[a-z2-7]{16}$/);
    const id = /#\/books\/([a-z2-7]{16})$/.exec(page.url())![1];
    const manifest = await waitFor(async () => {
      const book = await server.store.read(id);
      return ['ready', 'failed'].includes(book.status) && book;
    }, 'the recorded book to be made');
    expect(manifest.error).toBeNull();
    expect(manifest.request.source).toMatchObject({ kind: 'audio', mimeType: 'audio/webm' });
    expect(manifest.steps.story).toMatchObject({ provider: 'openai' });
    expect(manifest.scenes.map((scene) => scene.text).join('').trim()).toBe('A fox sang. The moon listened.');
    expect(manifest.steps.scenes.every((steps) => steps.narration?.provider === 'recording')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains, instead of recording, when the page offers no transcriber', async () => {
    const page = await browser.newPage();
    await page.route('**/api/options', async (route) => {
      const response = await route.fetch();
      const options = await response.json();
      options.providers = options.providers.map((choice: { capability: string }) => (choice.capability === 'transcriber' ? { ...choice, provider: 'none', model: '' } : choice));
      await route.fulfill({ response, json: options });
    });
    await page.goto(server.url);
    await page.getByRole('tab', { name: 'Tell it aloud' }).click();
    expect(await page.isDisabled('#record-button')).toBe(true);
    expect(await page.textContent('#panel-recording')).toContain('setting AZURE_SPEECH_KEY with AZURE_SPEECH_REGION, or OPENAI_API_KEY');
    await page.getByRole('button', { name: 'Create the book' }).click();
    expect(await page.textContent('[data-error-for="recording"]')).toBe('This server cannot make books from recordings.');
    await page.close();
  });
});
