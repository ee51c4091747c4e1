import type { WorkerHandler } from './worker-pool';

// A worker module for the pool's own tests: echoes, fails on request, or crashes.
export const handle: WorkerHandler<{ value: number; fail?: boolean; crash?: boolean; waitMs?: number }, { doubled: number; threadId: number }> = async (request) => {
  if (request.waitMs) await new Promise((resolve) => setTimeout(resolve, request.waitMs));
  if (request.crash) process.exit(3);
  if (request.fail) throw Object.assign(new Error(`asked to fail on ${request.value}`), { code: 'asked' });
  const { threadId } = await import('node:worker_threads');
  return { result: { doubled: request.value * 2, threadId } };
};
