import path from 'node:path';
import { BookStore } from '../../pipeline/book-store';
import { CancelledError, ProviderError } from '../../pipeline/errors';
import type { UnnumberedBookEvent } from '../../web/shared/book-events';
import { temporaryFolder } from '../../tests/support/temporary-folder';
import { JobRunner, type BookMaker } from './job-runner';

/** A stand-in for makeBook that holds each book until the test releases it. */
function heldMaker() {
  const started: string[] = [];
  const releases = new Map<string, (outcome?: Error) => void>();
  const maker: BookMaker = async (folder, { signal, onProgress }) => {
    // Recorded before any await, so `started` is the order the runner started books in (two
    // concurrent reads of book.json may finish in either order).
    const id = path.basename(folder.dir);
    started.push(id);
    await folder.update((manifest) => { manifest.status = 'running'; });
    onProgress({ type: 'book:started', overall: 1 });
    const outcome = await new Promise<Error | undefined>((resolve) => {
      releases.set(id, resolve);
      if (signal.aborted) resolve(new CancelledError());
      signal.addEventListener('abort', () => resolve(new CancelledError()), { once: true });
    });
    if (outcome) {
      await folder.update((manifest) => { manifest.status = CancelledError.isInstance(outcome) ? 'cancelled' : 'failed'; });
      throw outcome;
    }
    return folder.update((manifest) => { manifest.status = 'ready'; });
  };
  const release = async (id: string, outcome?: Error) => {
    while (!releases.has(id)) await new Promise((resolve) => setTimeout(resolve, 5));
    releases.get(id)!(outcome);
  };
  /** Whether the book is running and held (its release and cancel are listened for). */
  const holding = (id: string) => releases.has(id);
  return { maker, started, release, holding };
}

/** Waits for a condition instead of a fixed time, so a busy machine cannot fail the test. */
async function until(check: () => boolean, what: string, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function setup(concurrency = 2) {
  const temporary = await temporaryFolder();
  const store = new BookStore(temporary.dir);
  const events: UnnumberedBookEvent[] = [];
  const held = heldMaker();
  const logs: string[] = [];
  const runner = new JobRunner({ store, makeBook: held.maker, publish: (event) => events.push(event), concurrency, log: (line) => logs.push(line) });
  const newBook = async () => (await store.create({ source: { kind: 'text', text: 'Once.' } })).manifest.id;
  return { temporary, store, events, held, runner, newBook, logs };
}

describe('JobRunner', () => {
  it('runs at most `concurrency` books at once, the rest in order', async () => {
    const { temporary, runner, held, newBook, store } = await setup(2);
    const ids = [await newBook(), await newBook(), await newBook(), await newBook()];
    ids.forEach((id) => runner.enqueue(id));
    await until(() => held.started.length >= 2, 'two books have started');
    // A moment more, in which a third must not start.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(held.started).toEqual(ids.slice(0, 2));
    expect(runner.stats()).toMatchObject({ running: 2, queued: 2 });
    await held.release(ids[1]);
    await until(() => held.started.length >= 3, 'the third book has started');
    expect(held.started).toEqual(ids.slice(0, 3));
    for (const id of ids) await held.release(id);
    await runner.idle();
    expect((await store.read(ids[3])).status).toBe('ready');
    await temporary.remove();
  });

  it('cancels a waiting book without running it, and a running one through its signal', async () => {
    const { temporary, runner, held, newBook, store, events } = await setup(1);
    const [first, second] = [await newBook(), await newBook()];
    runner.enqueue(first);
    runner.enqueue(second);
    await runner.cancel(second);
    expect((await store.read(second)).status).toBe('cancelled');
    await held.release(first).then(() => undefined, () => undefined);
    await runner.idle();
    const third = await newBook();
    runner.enqueue(third);
    await until(() => held.holding(third), 'the third book is running');
    await runner.cancel(third);
    expect((await store.read(third)).status).toBe('cancelled');
    expect(held.started).toEqual([first, third]);
    expect(events.filter((event) => event.type === 'book:cancelled').map((event) => event.bookId)).toEqual([second, third]);
    await expect(runner.cancel(first)).rejects.toMatchObject({ code: 'not_running' });
    await temporary.remove();
  });

  it('reports a failure with a clear message and records it when makeBook could not', async () => {
    const { temporary, store, events, newBook, logs } = await setup(1);
    const runner = new JobRunner({
      store,
      publish: (event) => events.push(event),
      log: (line) => logs.push(line),
      makeBook: async () => {
        throw new ProviderError({ provider: 'openai', message: 'the OpenAI key was refused (OPENAI_API_KEY)', retryable: false });
      },
    });
    const id = await newBook();
    runner.enqueue(id);
    await runner.idle();
    const manifest = await store.read(id);
    expect(manifest.status).toBe('failed');
    expect(manifest.error).toMatchObject({ provider: 'openai', message: 'the OpenAI key was refused (OPENAI_API_KEY)' });
    expect(events.at(-1)).toMatchObject({ type: 'book:failed', error: { code: 'provider_failed' } });
    expect(logs).toEqual([]);
    await temporary.remove();
  });

  it('resumes unfinished books oldest first, and stop() leaves running ones queued for the next start', async () => {
    const { temporary, store, events, held, newBook } = await setup(1);
    const older = await newBook();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const newer = await newBook();
    await store.folder(newer).update((manifest) => { manifest.status = 'running'; });
    const runner = new JobRunner({ store, makeBook: held.maker, publish: (event) => events.push(event), concurrency: 1 });
    expect(await runner.resumeUnfinished()).toEqual([older, newer]);
    await until(() => held.holding(older), 'the older book is running');
    await runner.stop();
    expect((await store.read(older)).status).toBe('queued');
    expect(events.some((event) => event.type === 'book:cancelled')).toBe(false);
    expect(() => runner.enqueue(newer)).toThrow(/shutting down/);
    await temporary.remove();
  });
});
