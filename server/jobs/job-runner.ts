import type { BookFolder } from '../../pipeline/book-folder';
import type { BookStore } from '../../pipeline/book-store';
import { BadInputError, CancelledError, describeError, ProviderError, StoryloomError } from '../../pipeline/errors';
import type { Manifest, ProgressListener } from '../../pipeline/model';
import type { UnnumberedBookEvent } from '../../web/shared/book-events';
import { bookEventFromProgress } from '../progress/book-event-from-progress';

/** makeBook with everything but the folder, progress and signal already chosen. */
export type BookMaker = (folder: BookFolder, options: { onProgress: ProgressListener; signal: AbortSignal }) => Promise<Manifest>;

export interface JobRunnerOptions {
  store: BookStore;
  makeBook: BookMaker;
  publish: (event: UnnumberedBookEvent) => void;
  /** Books made at the same time; the rest wait in order. */
  concurrency?: number;
  log?: (message: string) => void;
}

/** Why a running book was stopped: a person cancelled it, or the server is shutting down. */
const SHUTDOWN = 'shutdown';

/**
 * Runs makeBook for queued books, a bounded number at once, first come first served. Everything
 * it knows is also in the book folders, so a restarted server picks up where this one stopped.
 */
export class JobRunner {
  readonly concurrency: number;
  private readonly queue: string[] = [];
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private stopping = false;

  constructor(private readonly options: JobRunnerOptions) {
    this.concurrency = Math.max(1, options.concurrency ?? 2);
  }

  stats(): { running: number; queued: number; concurrency: number; accepting: boolean } {
    return { running: this.running.size, queued: this.queue.length, concurrency: this.concurrency, accepting: !this.stopping };
  }

  isActive(bookId: string): boolean {
    return this.running.has(bookId) || this.queue.includes(bookId);
  }

  enqueue(bookId: string): void {
    if (this.stopping) throw new StoryloomError('shutting_down', 'the server is shutting down; try again in a moment');
    if (this.isActive(bookId)) return;
    this.queue.push(bookId);
    const position = this.running.size < this.concurrency ? 0 : this.queue.length;
    this.options.publish({ bookId, type: 'book:queued', overall: 0, position });
    this.pump();
  }

  /** Books left unfinished by an earlier run (queued, or running when it stopped), oldest first. */
  async resumeUnfinished(): Promise<string[]> {
    const { books } = await this.options.store.list();
    const unfinished = books.filter((book) => book.status === 'queued' || book.status === 'running').reverse();
    for (const book of unfinished) this.enqueue(book.id);
    return unfinished.map((book) => book.id);
  }

  /** Stops a waiting or running book. Resolves once its folder says "cancelled". */
  async cancel(bookId: string): Promise<void> {
    const waiting = this.queue.indexOf(bookId);
    if (waiting >= 0) {
      this.queue.splice(waiting, 1);
      await this.options.store.folder(bookId).update((manifest) => {
        manifest.status = 'cancelled';
      });
      this.options.publish({ bookId, type: 'book:cancelled', overall: 0 });
      return;
    }
    const job = this.running.get(bookId);
    if (!job) throw new BadInputError('this book is not being made, so there is nothing to cancel', undefined, 'not_running');
    job.controller.abort(new CancelledError('cancelled by request'));
    await job.done;
  }

  /**
   * Takes no new work, stops running books at their next step and marks them queued again, so
   * the next start resumes them. Whatever finished has already been recorded by makeBook.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    this.queue.length = 0;
    const jobs = [...this.running.values()];
    for (const job of jobs) job.controller.abort(SHUTDOWN);
    await Promise.all(jobs.map((job) => job.done));
  }

  /** Resolves when nothing is running or waiting (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.race([...this.running.values()].map((job) => job.done));
  }

  private pump(): void {
    while (!this.stopping && this.running.size < this.concurrency && this.queue.length > 0) {
      const bookId = this.queue.shift()!;
      const controller = new AbortController();
      const done = this.run(bookId, controller).finally(() => {
        this.running.delete(bookId);
        this.pump();
      });
      this.running.set(bookId, { controller, done });
    }
  }

  private async run(bookId: string, controller: AbortController): Promise<void> {
    const { store, makeBook, publish } = this.options;
    const folder = store.folder(bookId);
    try {
      await makeBook(folder, { signal: controller.signal, onProgress: (event) => publish(bookEventFromProgress(bookId, event)) });
    } catch (error) {
      if (controller.signal.reason === SHUTDOWN) {
        await folder.update((manifest) => {
          if (manifest.status !== 'ready') manifest.status = 'queued';
        }).catch((writeError) => this.log(`could not mark book ${bookId} for resuming: ${String(writeError)}`));
        return;
      }
      if (CancelledError.isInstance(error) || controller.signal.aborted) {
        await this.settle(folder, (manifest) => {
          manifest.status = 'cancelled';
        });
        publish({ bookId, type: 'book:cancelled', overall: 0 });
        return;
      }
      const manifest = await folder.read().catch(() => null);
      const described = describeError(error);
      const bookError = manifest?.error ?? {
        ...described,
        scene: null,
        provider: ProviderError.isInstance(error) ? error.provider : null,
      };
      if (!StoryloomError.isInstance(error)) this.log(`book ${bookId} failed: ${(error as Error)?.stack ?? String(error)}`);
      // makeBook records its own failures; this covers one that escaped before it could.
      await this.settle(folder, (manifest) => {
        if (manifest.status === 'failed') return;
        manifest.status = 'failed';
        manifest.error = bookError;
      });
      publish({ bookId, type: 'book:failed', overall: 0, error: bookError });
    }
  }

  private async settle(folder: BookFolder, change: (manifest: Manifest) => void): Promise<void> {
    await folder.update(change).catch((error) => this.log(`could not record the end of ${folder.dir}: ${String(error)}`));
  }

  private log(message: string): void {
    (this.options.log ?? ((line: string) => console.error(line)))(message);
  }
}
