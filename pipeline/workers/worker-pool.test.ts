import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { CancelledError } from '../errors';
import { WorkerPool, WorkerTaskError } from './worker-pool';

const fixture = path.join(__dirname, 'echo-worker.fixture.ts');

describe('WorkerPool', () => {
  let pool: WorkerPool<{ value: number; fail?: boolean; crash?: boolean; waitMs?: number }, { doubled: number; threadId: number }>;
  beforeEach(() => {
    pool = new WorkerPool(fixture, 2);
  });
  afterEach(() => pool.close());

  it('runs TypeScript handlers off the main thread, spread over its workers', async () => {
    const results = await Promise.all([1, 2, 3, 4].map((value) => pool.run({ value, waitMs: 50 })));
    expect(results.map((result) => result.doubled)).toEqual([2, 4, 6, 8]);
    const threads = new Set(results.map((result) => result.threadId));
    expect(threads.has(threadId)).toBe(false);
    expect(threads.size).toBe(2);
  });

  it('carries a handler error back with its message and code', async () => {
    const error = await pool.run({ value: 7, fail: true }).catch((caught) => caught);
    expect(error).toBeInstanceOf(WorkerTaskError);
    expect(error.message).toBe('asked to fail on 7');
    expect(error.code).toBe('asked');
  });

  it('survives a crashed worker: only that task fails', async () => {
    const crashed = pool.run({ value: 1, crash: true });
    await expect(crashed).rejects.toThrow(/crashed/);
    await expect(pool.run({ value: 5 })).resolves.toMatchObject({ doubled: 10 });
  });

  it('ends a worker left idle and starts a new one for the next task', async () => {
    const first = await pool.run({ value: 1 });
    const soon = await pool.run({ value: 2 });
    expect(soon.threadId).toBe(first.threadId);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const later = await pool.run({ value: 3 });
    expect(later.doubled).toBe(6);
    expect(later.threadId).not.toBe(first.threadId);
  });

  it('keeps workers idle longer once it had to start one again soon after ending one', async () => {
    const first = await pool.run({ value: 1 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const restarted = await pool.run({ value: 2 });
    expect(restarted.threadId).not.toBe(first.threadId);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await pool.run({ value: 3 })).threadId).toBe(restarted.threadId);
  });

  it('answers a cancelled task at once', async () => {
    const controller = new AbortController();
    const slow = pool.run({ value: 1, waitMs: 2000 }, { signal: controller.signal });
    controller.abort();
    await expect(slow).rejects.toBeInstanceOf(CancelledError);
  });
});
