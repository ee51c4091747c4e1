import request from 'supertest';
import { newBookId } from '../../pipeline/book-id';
import { appHarness, expectNoStackTrace, readyBook, waitFor } from './support/app-harness';

const STORY = 'One.\n\nTwo.\n\nThree.\n\nFour.';

describe('books: list, read, cancel, delete', () => {
  let harness: Awaited<ReturnType<typeof appHarness>>;
  beforeEach(async () => {
    // Slow pictures keep a book running long enough to cancel or delete it mid-way.
    harness = await appHarness({ synthetic: { pictureDelayMs: 300 }, booksAtOnce: 1, scenesAtOnce: 1 });
  });
  afterEach(() => harness.close());

  it('lists books newest first, a page at a time', async () => {
    const first = await readyBook(harness.store);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await readyBook(harness.store);
    const all = await request(harness.app).get('/api/books').expect(200);
    expect(all.body.books.map((book: { id: string }) => book.id)).toEqual([second.id, first.id]);
    expect(all.body.books[0]).toMatchObject({ title: 'The Fox & the Moon', status: 'ready', sceneCount: 3, overall: 100, coverUrl: `/api/books/${second.id}/files/scenes/01.png` });
    const page = await request(harness.app).get('/api/books?limit=1').expect(200);
    expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 0, next: '/api/books?limit=1&offset=1' });
    const last = await request(harness.app).get(page.body.next).expect(200);
    expect(last.body.books.map((book: { id: string }) => book.id)).toEqual([first.id]);
    expect(last.body.next).toBeNull();
  });

  it.each([
    ['limit=0', /limit: must be at least 1/],
    ['limit=ten', /limit: expected number/],
    ['sort=title', /unknown option "sort"/],
  ])('refuses the query %s', async (query, message) => {
    const answer = await request(harness.app).get(`/api/books?${query}`).expect(400);
    expect(answer.body.error.message).toMatch(message);
  });

  it('answers 404 for an unknown id and 400 for something that is not an id', async () => {
    const unknown = newBookId();
    const missing = await request(harness.app).get(`/api/books/${unknown}`).expect(404);
    expect(missing.body.error).toEqual({ code: 'not_found', message: `there is no book with id ${unknown}` });
    const notAnId = await request(harness.app).get('/api/books/NOT-AN-ID').expect(400);
    expect(notAnId.body.error).toMatchObject({ code: 'bad_id', message: expect.stringMatching(/id: is not a book id/) });
    await request(harness.app).delete('/api/books/..%2F..').expect(400);
    await request(harness.app).post(`/api/books/${unknown}/cancel`).expect(404);
  });

  it('cancels a running book, and refuses to cancel a finished one', async () => {
    const created = await request(harness.app).post('/api/books').send({ text: STORY, formats: ['web'] }).expect(202);
    await waitFor(async () => (await harness.store.read(created.body.id)).steps.plan, 'the plan');
    const cancelled = await request(harness.app).post(`/api/books/${created.body.id}/cancel`).expect(200);
    expect(cancelled.body).toEqual({ id: created.body.id, status: 'cancelled' });
    const manifest = await harness.store.read(created.body.id);
    expect(manifest.steps.scenes.filter((steps) => steps.picture).length).toBeLessThan(4);
    const again = await request(harness.app).post(`/api/books/${created.body.id}/cancel`).expect(409);
    expect(again.body.error).toEqual({ code: 'not_running', message: 'this book is cancelled, not being made, so there is nothing to cancel' });
  });

  it('tries a cancelled book again, making only what is missing', async () => {
    const created = await request(harness.app).post('/api/books').send({ text: STORY, formats: ['web'] }).expect(202);
    const id = created.body.id;
    await waitFor(async () => (await harness.store.read(id)).steps.scenes.some((steps) => steps.picture), 'a picture');
    await request(harness.app).post(`/api/books/${id}/cancel`).expect(200);
    const before = await harness.store.read(id);
    const drawnBefore = before.steps.scenes.map((steps) => steps.picture?.finishedAt ?? null);
    const resumed = await request(harness.app).post(`/api/books/${id}/resume`).expect(202);
    expect(resumed.body).toEqual({ id, status: 'queued' });
    const busy = await request(harness.app).post(`/api/books/${id}/resume`).expect(409);
    expect(busy.body.error).toEqual({ code: 'not_resumable', message: 'this book is already being made' });
    const after = await waitFor(async () => {
      const manifest = await harness.store.read(id);
      return manifest.status === 'ready' && manifest;
    }, 'the book to finish');
    // Pictures recorded before the cancel are the same records, not redrawn.
    drawnBefore.forEach((finishedAt, index) => {
      if (finishedAt) expect(after.steps.scenes[index].picture!.finishedAt).toBe(finishedAt);
    });
    const done = await request(harness.app).post(`/api/books/${id}/resume`).expect(409);
    expect(done.body.error.message).toBe('this book is already finished');
  });

  it('cancels a waiting book before it starts', async () => {
    const running = await request(harness.app).post('/api/books').send({ text: STORY }).expect(202);
    const waiting = await request(harness.app).post('/api/books').send({ text: STORY }).expect(202);
    await request(harness.app).post(`/api/books/${waiting.body.id}/cancel`).expect(200);
    const manifest = await harness.store.read(waiting.body.id);
    expect(manifest).toMatchObject({ status: 'cancelled', steps: { plan: null } });
    await request(harness.app).delete(`/api/books/${running.body.id}`).expect(204);
  });

  it('deletes a running book: cancelled first, then gone', async () => {
    const created = await request(harness.app).post('/api/books').send({ text: STORY }).expect(202);
    await waitFor(async () => (await harness.store.read(created.body.id)).steps.plan, 'the plan');
    await request(harness.app).delete(`/api/books/${created.body.id}`).expect(204);
    expect(harness.jobs.isActive(created.body.id)).toBe(false);
    await request(harness.app).get(`/api/books/${created.body.id}`).expect(404);
    // Nothing writes into the removed folder afterwards.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(harness.store.open(created.body.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('answers unknown API paths in the error shape', async () => {
    const answer = await request(harness.app).get('/api/nothing-here').expect(404);
    expect(answer.body.error.code).toBe('not_found');
    expectNoStackTrace(answer.text);
  });
});
