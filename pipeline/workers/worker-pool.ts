import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CancelledError, StoryloomError } from '../errors';

/**
 * A module a worker runs. It exports `handle(request)` and returns its result plus any buffers
 * to transfer (not copy) back to the main thread.
 */
export type WorkerHandler<Request, Result> = (request: Request) => Promise<{ result: Result; transfer?: ArrayBuffer[] }>;

interface Task {
  id: number;
  request: unknown;
  transfer: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  idleTimer: NodeJS.Timeout | null;
}

/**
 * A worker left without work this long is ended; the next task starts a new one (a few hundred
 * milliseconds of CPU). Idle workers hold 50–150 MB each (eSpeak, the art library), and the
 * renderers that start right after the scenes need that memory: with the pools kept, a
 * 1,000-word book peaked near 700 MB (npm run bench). When a worker has to start again soon
 * after one ended (the pool is fed in bursts, as the illustrator is while narration lags), the
 * pool's idle time doubles, up to a few seconds, so it stops paying for restarts.
 */
const IDLE_WORKER_MS = 250;
const LONGEST_IDLE_WORKER_MS = 4000;
const RESTART_TOO_SOON_MS = 2000;

/** An error thrown inside a worker, carried back with its name and code. */
export class WorkerTaskError extends StoryloomError {
  constructor(readonly workerName: string, message: string, code = 'worker_failed') {
    super(code, message);
  }
}

/**
 * A fixed-size pool of worker threads running one TypeScript module, so CPU-heavy work (speech
 * synthesis, rasterizing) never blocks the event loop. Workers start on first use and are unref'd
 * while idle, so an idle pool never keeps a process alive; after a moment without work they end.
 */
export class WorkerPool<Request, Result> {
  private readonly slots: Slot[] = [];
  private readonly waiting: Task[] = [];
  private nextId = 1;
  private closed = false;
  private idleMs = IDLE_WORKER_MS;
  private lastIdleEnd = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly modulePath: string,
    readonly size: number = defaultPoolSize(),
    private readonly name = path.basename(modulePath),
  ) {}

  run(request: Request, options: { signal?: AbortSignal; transfer?: ArrayBuffer[] } = {}): Promise<Result> {
    if (this.closed) return Promise.reject(new WorkerTaskError(this.name, `${this.name} pool is closed`));
    if (options.signal?.aborted) return Promise.reject(new CancelledError());
    return new Promise<Result>((resolve, reject) => {
      // A cancelled task is answered at once; a worker already busy with it finishes and its answer is dropped.
      const onAbort = () => {
        const queued = this.waiting.indexOf(task);
        if (queued >= 0) this.waiting.splice(queued, 1);
        reject(new CancelledError());
      };
      // The listener goes when the task settles, so one signal shared by many tasks does not collect them.
      const settled = () => options.signal?.removeEventListener('abort', onAbort);
      const task: Task = {
        id: this.nextId++, request, transfer: options.transfer ?? [], signal: options.signal,
        resolve: (value) => { settled(); resolve(value as Result); },
        reject: (error) => { settled(); reject(error); },
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(task);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.waiting.splice(0)) task.reject(new WorkerTaskError(this.name, `${this.name} pool closed`));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let slot = this.slots.find((candidate) => candidate.task === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const task = this.waiting.shift()!;
      slot.task = task;
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      slot.worker.ref();
      slot.worker.postMessage({ id: task.id, request: task.request }, task.transfer);
    }
  }

  private spawn(): Slot {
    if (performance.now() - this.lastIdleEnd < RESTART_TOO_SOON_MS) this.idleMs = Math.min(2 * this.idleMs, LONGEST_IDLE_WORKER_MS);
    const worker = new Worker(path.join(__dirname, 'worker-bootstrap.cjs'), { workerData: { modulePath: this.modulePath } });
    const slot: Slot = { worker, task: null, idleTimer: null };
    worker.on('message', (message: { id: number; ok: boolean; result?: unknown; error?: { name: string; message: string; code?: string } }) => {
      const task = slot.task;
      slot.task = null;
      worker.unref();
      if (task && task.id === message.id) {
        if (message.ok) task.resolve(message.result);
        else task.reject(new WorkerTaskError(this.name, message.error?.message ?? 'worker failed', message.error?.code));
      }
      this.dispatch();
      if (slot.task === null) this.endWhenIdle(slot);
    });
    worker.on('error', (error) => this.retire(slot, error));
    worker.on('exit', (code) => {
      if (code !== 0 && !this.closed) this.retire(slot, new Error(`worker exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  /** Ends the worker if no task reaches it within the pool's idle time; its exit is then expected. */
  private endWhenIdle(slot: Slot): void {
    slot.idleTimer = setTimeout(() => {
      slot.idleTimer = null;
      const index = this.slots.indexOf(slot);
      if (slot.task !== null || index < 0) return;
      this.slots.splice(index, 1);
      this.lastIdleEnd = performance.now();
      void slot.worker.terminate();
    }, this.idleMs);
    slot.idleTimer.unref();
  }

  /** A worker that crashed takes only its own task down; the next task gets a fresh worker. */
  private retire(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    slot.task?.reject(new WorkerTaskError(this.name, `${this.name} worker crashed: ${error.message}`));
    slot.task = null;
    void slot.worker.terminate();
    this.dispatch();
  }
}

/** One worker per core, leaving one for the event loop on bigger machines; at least one. */
export function defaultPoolSize(): number {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return Math.max(1, Math.min(cores, cores > 2 ? cores - 1 : cores));
}
