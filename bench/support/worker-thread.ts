import path from 'node:path';
import { Worker } from 'node:worker_threads';

const BOOTSTRAP = path.resolve(__dirname, '../../pipeline/workers/worker-bootstrap.cjs');

/**
 * One long-lived worker thread running a TypeScript module's `handle(request)`, through the
 * project's worker bootstrap. Unlike WorkerPool, which ends idle workers, this thread lives until
 * close(), so the module may keep state between requests (the bench's socket.io clients do).
 */
export class WorkerThread<Request, Result> {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: Result) => void; reject: (error: Error) => void }>();

  constructor(modulePath: string) {
    this.worker = new Worker(BOOTSTRAP, { workerData: { modulePath } });
    this.worker.on('message', (message: { id: number; ok: boolean; result?: Result; error?: { message: string } }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.ok) waiting?.resolve(message.result as Result);
      else waiting?.reject(new Error(message.error?.message ?? 'the worker failed'));
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) => this.failAll(new Error(`the worker exited with code ${code}`)));
  }

  run(request: Request): Promise<Result> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, request });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
