import { Router } from 'express';
import { BadInputError } from '../../pipeline/errors';
import { BookRequestSchema, type Manifest } from '../../pipeline/model';
import { bookFileUrl, bookUrl } from '../../web/shared/book-urls';
import type { AppDeps } from '../app-deps';
import { BookIdParamsSchema, bookRequestFromBody, CreateBookBodySchema, ListBooksQuerySchema } from '../api/request-schemas';
import { bookSnapshot, estimateProgress } from '../books/book-snapshot';
import { parseInput } from '../http/validate';
import { recordingUpload } from '../recordings/recording-upload';

/** Making, listing, reading, cancelling and deleting books. */
export function booksRoutes(deps: AppDeps): Router {
  const { store, jobs, hub, catalog } = deps;
  const router = Router();

  // A recorded narration arrives as multipart/form-data; anything else goes on to the JSON handler.
  router.post('/', recordingUpload(deps));

  router.post('/', async (request, response) => {
    const body = parseInput(CreateBookBodySchema, request.body, 'body');
    const bookRequest = BookRequestSchema.parse(bookRequestFromBody(body));
    await catalog.check(bookRequest);
    if (!jobs.stats().accepting) throw new BadInputError('the server is shutting down; try again in a moment', undefined, 'shutting_down');
    const { manifest } = await store.create(bookRequest);
    jobs.enqueue(manifest.id);
    response.status(202).location(bookUrl(manifest.id)).json({ id: manifest.id, status: manifest.status, links: links(manifest.id) });
  });

  router.get('/', async (request, response) => {
    const { limit, offset } = parseInput(ListBooksQuerySchema, request.query, 'query');
    const { books } = await store.list();
    const page = books.slice(offset, offset + limit);
    response.json({
      books: page.map((manifest) => summary(manifest, hub.latest(manifest.id))),
      total: books.length,
      limit,
      offset,
      next: offset + limit < books.length ? `/api/books?limit=${limit}&offset=${offset + limit}` : null,
    });
  });

  router.get('/:id', async (request, response) => {
    const { id } = parseInput(BookIdParamsSchema, request.params, 'params', 'bad_id');
    const manifest = await store.read(id);
    response.json({ book: bookSnapshot(manifest, hub.latest(id)), manifest, links: links(id) });
  });

  router.post('/:id/cancel', async (request, response) => {
    const { id } = parseInput(BookIdParamsSchema, request.params, 'params', 'bad_id');
    const manifest = await store.read(id);
    if (!jobs.isActive(id)) throw new BadInputError(`this book is ${manifest.status}, not being made, so there is nothing to cancel`, undefined, 'not_running');
    await jobs.cancel(id);
    response.json({ id, status: (await store.read(id)).status });
  });

  router.post('/:id/resume', async (request, response) => {
    const { id } = parseInput(BookIdParamsSchema, request.params, 'params', 'bad_id');
    const manifest = await store.read(id);
    if (jobs.isActive(id)) throw new BadInputError('this book is already being made', undefined, 'not_resumable');
    if (manifest.status === 'ready') throw new BadInputError('this book is already finished', undefined, 'not_resumable');
    // makeBook skips every recorded step, so trying again only makes what is missing.
    await store.folder(id).update((book) => {
      book.status = 'queued';
      book.error = null;
    });
    jobs.enqueue(id);
    response.status(202).json({ id, status: 'queued' });
  });

  router.delete('/:id', async (request, response) => {
    const { id } = parseInput(BookIdParamsSchema, request.params, 'params', 'bad_id');
    await store.open(id);
    // Cancel first, so no step writes into a folder that is being removed.
    if (jobs.isActive(id)) await jobs.cancel(id).catch(() => undefined);
    await store.delete(id);
    hub.forget(id);
    response.status(204).end();
  });

  return router;
}

export function links(id: string) {
  return { self: bookUrl(id), files: `${bookUrl(id)}/files/`, page: `/#/books/${id}` };
}

/** One line of the library. */
export function summary(manifest: Manifest, live?: { overall: number; step: string }) {
  const progress = manifest.status === 'running' && live ? live : estimateProgress(manifest);
  const cover = manifest.steps.scenes.find((steps) => steps.picture)?.picture?.file;
  return {
    id: manifest.id,
    title: manifest.title,
    status: manifest.status,
    language: manifest.language,
    createdAt: manifest.createdAt,
    sceneCount: manifest.scenes.length,
    coverUrl: cover ? bookFileUrl(manifest.id, cover) : null,
    overall: progress.overall,
    step: progress.step,
    links: links(manifest.id),
  };
}
