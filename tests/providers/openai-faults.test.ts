import { ProviderError } from '../../pipeline/errors';
import { createOpenAIProviders } from '../../pipeline/providers/openai/create-openai-providers';
import { FakeOpenAIServer } from '../../pipeline/providers/openai/testing/fake-openai-server';
import { TEST_CALLS } from './openai-support';

const WRITE = { prompt: 'a fox', language: 'en', length: 'short' as const, audience: 'children', seed: 1 };

describe('OpenAI faults, survived or reported clearly', () => {
  let fake: FakeOpenAIServer;
  beforeAll(async () => {
    fake = await FakeOpenAIServer.start();
  });
  afterAll(() => fake.close());
  const providers = (calls = {}) => createOpenAIProviders({ apiKey: fake.apiKey, baseURL: fake.url, calls: { ...TEST_CALLS, ...calls } });
  const chats = () => fake.requestsTo('chat').length;

  it('waits as long as a 429 asks (retry-after in seconds), then succeeds', async () => {
    fake.fail('chat', { status: 429, retryAfter: '1', message: 'Rate limit reached' });
    const before = chats();
    const started = Date.now();
    const story = await providers().writer.write(WRITE);
    expect(story.title).toMatch(/\S/);
    expect(chats() - before).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('honours retry-after-ms too', async () => {
    fake.fail('images', { status: 429, retryAfterMs: '300' });
    const before = fake.requestsTo('images').length;
    const started = Date.now();
    const plan = await providers().planner.plan({ text: 'A fox ran.\n\nThe fox slept.', language: 'en' });
    await providers().illustrator.illustrate({ scene: plan.scenes[0], bible: plan.bible, style: 'flat', size: 'square', seed: 1 });
    expect(fake.requestsTo('images').length - before).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('retries server errors, a dropped connection and a malformed body', async () => {
    fake.fail('chat', { status: 500 });
    fake.fail('chat', { drop: true });
    fake.fail('chat', { malformed: true });
    const before = chats();
    const story = await providers({ retry: { ...TEST_CALLS.retry, maxAttempts: 4 } }).writer.write(WRITE);
    expect(story.text).toMatch(/fox/);
    expect(chats() - before).toBe(4);
  });

  it('gives up after the last try, naming the provider and what it answered', async () => {
    fake.fail('speech', { status: 503, message: 'The engine is currently overloaded' }, 3);
    const error = await providers().narrator.narrate({ text: 'Good night.', language: 'en', rate: 1 }).catch((caught) => caught);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error.message).toBe('openai answered HTTP 503: The engine is currently overloaded (gave up after 3 tries)');
    expect(error.provider).toBe('openai');
  });

  it('abandons a slow answer after the timeout and asks again', async () => {
    fake.fail('chat', { delayMs: 2_000 });
    const started = Date.now();
    const story = await providers({ timeoutMs: 300 }).writer.write(WRITE);
    expect(story.title).toMatch(/\S/);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('reports a slow service that never answers in time, naming the limit', async () => {
    fake.fail('chat', { delayMs: 1_000 }, 2);
    const error = await providers({ timeoutMs: 200, retry: { ...TEST_CALLS.retry, maxAttempts: 2 } }).writer.write(WRITE).catch((caught) => caught);
    expect(error.message).toBe('openai did not finish writing the story within 200 ms (gave up after 2 tries)');
  });

  it('does not retry a rejected key, and names the variable to fix', async () => {
    const before = chats();
    const writer = createOpenAIProviders({ apiKey: 'sk-wrong', baseURL: fake.url, calls: TEST_CALLS }).writer;
    const error = await writer.write(WRITE).catch((caught) => caught);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error.retryable).toBe(false);
    expect(error.status).toBe(401);
    expect(error.message).toBe('openai rejected the API key (HTTP 401: Incorrect API key provided: sk-wr***ng.); check OPENAI_API_KEY');
    expect(chats() - before).toBe(1);
    expect(error.stack).toBeDefined();
    expect(error.message).not.toContain('at ');
  });

  it('names the address when the server cannot be reached', async () => {
    const unreachable = createOpenAIProviders({ apiKey: 'sk', baseURL: 'http://127.0.0.1:9/v1', calls: { ...TEST_CALLS, retry: { ...TEST_CALLS.retry, maxAttempts: 1 } } });
    const error = await unreachable.writer.write(WRITE).catch((caught) => caught);
    expect(error.message).toMatch(/^could not reach openai at http:\/\/127\.0\.0\.1:9\/v1/);
  });

  it('keeps to its concurrency limit', async () => {
    fake.peakInFlight = 0;
    const limited = providers({ concurrency: 2 });
    const plan = await limited.planner.plan({ text: 'A fox ran.\n\nThe fox slept.', language: 'en' });
    fake.peakInFlight = 0;
    for (let index = 0; index < 5; index++) fake.fail('images', { delayMs: 150 });
    await Promise.all(Array.from({ length: 6 }, () => limited.illustrator.illustrate({ scene: plan.scenes[0], bible: plan.bible, style: 'flat', size: 'square', seed: 1 })));
    expect(fake.peakInFlight).toBe(2);
  });
});

describe('Azure OpenAI through the SDK’s AzureOpenAI client', () => {
  let fake: FakeOpenAIServer;
  beforeAll(async () => {
    fake = await FakeOpenAIServer.start({ apiKey: 'azure-key' });
  });
  afterAll(() => fake.close());

  it('calls the deployment named by the model, with the api-key header and api-version', async () => {
    const azure = createOpenAIProviders({ apiKey: 'azure-key', azure: { endpoint: fake.origin, apiVersion: '2025-04-01-preview' }, models: { writer: 'story-deployment' }, calls: TEST_CALLS });
    expect(azure.writer.provider).toBe('azure-openai');
    await azure.writer.write(WRITE);
    const request = fake.requestsTo('chat').at(-1)!;
    expect(request.path).toBe('/openai/deployments/story-deployment/chat/completions?api-version=2025-04-01-preview');
    expect(request.headers['api-key']).toBe('azure-key');
    expect(request.headers.authorization).toBeUndefined();
  });

  it('names AZURE_OPENAI_API_KEY when Azure rejects the key', async () => {
    const azure = createOpenAIProviders({ apiKey: 'wrong', azure: { endpoint: fake.origin }, calls: TEST_CALLS });
    const error = await azure.writer.write(WRITE).catch((caught) => caught);
    expect(error.message).toMatch(/^azure-openai rejected the API key \(HTTP 401.*\); check AZURE_OPENAI_API_KEY$/);
  });
});
