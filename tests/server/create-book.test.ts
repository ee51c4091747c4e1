import request from 'supertest';
import { MAX_STORY_CHARACTERS } from '../../pipeline/model';
import { appHarness, expectNoStackTrace, waitFor } from './support/app-harness';

const STORY = 'The fox woke early.\n\nShe ran to the river.\n\nAt night she slept under the moon.';

describe('POST /api/books', () => {
  let harness: Awaited<ReturnType<typeof appHarness>>;
  beforeAll(async () => {
    harness = await appHarness();
  });
  afterAll(() => harness.close());

  it('accepts a story, answers 202 with links, and the book gets made', async () => {
    const answer = await request(harness.app).post('/api/books').send({ text: STORY, scenes: 3, formats: ['web'] }).expect(202);
    expect(answer.body).toMatchObject({ id: expect.stringMatching(/^[a-z2-7]{16}$/), status: 'queued', links: { self: `/api/books/${answer.body.id}` } });
    expect(answer.headers.location).toBe(`/api/books/${answer.body.id}`);
    const book = await waitFor(async () => {
      const detail = await request(harness.app).get(`/api/books/${answer.body.id}`).expect(200);
      return detail.body.book.status === 'ready' && detail.body;
    }, 'the book to be ready');
    expect(book.book.scenes).toHaveLength(3);
    expect(book.book.scenes[0].pictureUrl).toBe(`/api/books/${answer.body.id}/files/scenes/01.png`);
    expect(book.manifest.request.source).toEqual({ kind: 'text', text: STORY });
    expect(book.manifest.request.options.formats).toEqual(['web']);
  });

  it('accepts a prompt, and its options reach the pipeline', async () => {
    const answer = await request(harness.app).post('/api/books').send({ prompt: 'a shy dragon', length: 'short', style: 'watercolour', seed: 7 }).expect(202);
    const manifest = (await harness.store.read(answer.body.id));
    expect(manifest.request.source).toMatchObject({ kind: 'prompt', prompt: 'a shy dragon', length: 'short' });
    expect(manifest.request.options).toMatchObject({ style: 'watercolour', seed: 7, language: 'en' });
  });

  const refusals: [string, () => request.Test, number, string, RegExp][] = [
    ['malformed JSON', () => request(harness.app).post('/api/books').set('Content-Type', 'application/json').send('{"text": "a'), 400, 'bad_json', /not valid JSON/],
    ['no JSON at all', () => request(harness.app).post('/api/books').set('Content-Type', 'text/plain').send('a story'), 400, 'bad_input', /missing.*application\/json/],
    ['a list instead of an object', () => request(harness.app).post('/api/books').send([STORY]), 400, 'bad_input', /expected a JSON object, got a list/],
    ['a wrong type', () => request(harness.app).post('/api/books').send({ text: STORY, scenes: 'five' }), 400, 'bad_input', /scenes: expected number, got the text "five"/],
    ['an unknown option', () => request(harness.app).post('/api/books').send({ text: STORY, colour: 'red' }), 400, 'bad_input', /unknown option "colour"/],
    ['an unknown style', () => request(harness.app).post('/api/books').send({ text: STORY, style: 'cubist' }), 400, 'bad_input', /style: must be one of "picture-book"/],
    ['an unknown format', () => request(harness.app).post('/api/books').send({ text: STORY, formats: ['pdf', 'gif'] }), 400, 'bad_input', /formats\.1: must be one of/],
    ['too many scenes', () => request(harness.app).post('/api/books').send({ text: STORY, scenes: 61 }), 400, 'bad_input', /scenes: must be at most 60/],
    ['an empty list of formats', () => request(harness.app).post('/api/books').send({ text: STORY, formats: [] }), 400, 'bad_input', /formats: must be at least 1 item$/],
    ['an empty story', () => request(harness.app).post('/api/books').send({ text: ' \n\t ' }), 400, 'bad_input', /the story is empty/],
    ['a story with NUL', () => request(harness.app).post('/api/books').send({ text: 'a\u0000b' }), 400, 'bad_input', /NUL/],
    ['neither text nor prompt', () => request(harness.app).post('/api/books').send({ style: 'flat' }), 400, 'bad_input', /give the story as "text", or an idea for one as "prompt"/],
    ['both text and prompt', () => request(harness.app).post('/api/books').send({ text: STORY, prompt: 'a fox' }), 400, 'bad_input', /either "text" or "prompt", not both/],
    ['a length with text', () => request(harness.app).post('/api/books').send({ text: STORY, length: 'long' }), 400, 'bad_input', /go with a "prompt"/],
    ['an empty prompt', () => request(harness.app).post('/api/books').send({ prompt: '  ' }), 400, 'bad_input', /prompt: the prompt is empty/],
    ['a bad language tag', () => request(harness.app).post('/api/books').send({ text: STORY, language: 'english please' }), 400, 'bad_input', /not a BCP-47 language tag/],
    ['a language no narrator speaks', () => request(harness.app).post('/api/books').send({ text: STORY, language: 'fi' }), 400, 'bad_input', /no narrator speaks "fi"; choose one of en/],
    ['an unknown voice', () => request(harness.app).post('/api/books').send({ text: STORY, voice: 'nobody' }), 400, 'bad_input', /no voice "nobody".*tone/],
    ['a story over the limit', () => request(harness.app).post('/api/books').send({ text: 'a'.repeat(MAX_STORY_CHARACTERS + 1) }), 413, 'too_large', /the limit is 200,000/],
    ['an oversized body', () => request(harness.app).post('/api/books').send({ text: 'a'.repeat(2_000_000) }), 413, 'body_too_large', /too large/],
  ];

  it.each(refusals)('refuses %s with a clear message and no stack trace', async (_what, send, status, code, message) => {
    const answer = await send().expect(status).expect('Content-Type', /json/);
    expect(answer.body.error.code).toBe(code);
    expect(answer.body.error.message).toMatch(message);
    expectNoStackTrace(answer.text);
  });

  it('names the field at fault in details, for the page to show beside it', async () => {
    const answer = await request(harness.app).post('/api/books').send({ text: '', style: 'cubist' }).expect(400);
    expect(answer.body.error.details.issues.map((issue: { path: string[] }) => issue.path[0]).sort()).toEqual(['style', 'text']);
  });

  it('made nothing for any refused request', async () => {
    const { books } = await harness.store.list();
    expect(books).toHaveLength(2);
  });
});
