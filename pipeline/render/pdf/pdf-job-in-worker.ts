import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CancelledError, RenderError } from '../../errors';
import type { PdfJob, PdfJobHooks } from './pdf-job';
import type { PdfWorkerMessage } from './pdf-worker';

/**
 * Runs a PDF job in its own worker thread: laying out and compressing a big book takes seconds of
 * CPU that must not stall the server's event loop. Cancelling terminates the thread and removes
 * its half-written file.
 */
export function runPdfJobInWorker(job: PdfJob, hooks: PdfJobHooks = {}): Promise<{ pages: number; warnings: string[] }> {
  if (hooks.signal?.aborted) return Promise.reject(new CancelledError());
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'pdf-worker-entry.cjs'));
    let settled = false;
    const finish = async (outcome: () => void, removeTemporary: boolean) => {
      if (settled) return;
      settled = true;
      hooks.signal?.removeEventListener('abort', cancel);
      await worker.terminate();
      if (removeTemporary) await fs.rm(job.temporaryPath, { force: true });
      outcome();
    };
    const cancel = () => void finish(() => reject(new CancelledError()), true);
    hooks.signal?.addEventListener('abort', cancel, { once: true });
    worker.on('message', (message: PdfWorkerMessage) => {
      if (message.kind === 'progress') {
        if (!settled) hooks.onProgress?.(message.percent);
      } else if (message.kind === 'done') {
        void finish(() => resolve({ pages: message.pages, warnings: message.warnings }), false);
      } else {
        const error = message.name === 'CancelledError' ? new CancelledError() : new RenderError('pdf', message.name === 'RenderError' ? message.message : `could not write ${job.outputFile}: ${message.message}`);
        void finish(() => reject(error), true);
      }
    });
    worker.on('error', (error) => void finish(() => reject(new RenderError('pdf', `the PDF worker failed: ${error.message}`, { cause: error })), true));
    worker.on('exit', (code) => void finish(() => reject(new RenderError('pdf', `the PDF worker stopped unexpectedly (exit code ${code})`)), true));
    worker.postMessage(job);
  });
}
