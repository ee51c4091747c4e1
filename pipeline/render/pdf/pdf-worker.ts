import { parentPort } from 'node:worker_threads';
import { runPdfJob, type PdfJob } from './pdf-job';

/** Messages from the PDF worker to the thread that started it. */
export type PdfWorkerMessage =
  | { kind: 'progress'; percent: number }
  | { kind: 'done'; pages: number; warnings: string[] }
  | { kind: 'failed'; name: string; message: string };

/**
 * The worker thread's side: takes one job, reports progress, answers once. Cancelling is done by
 * terminating the thread, so nothing here needs to listen for it.
 */
export function listen(): void {
  const port = parentPort;
  if (!port) throw new Error('pdf-worker must run in a worker thread');
  port.once('message', async (job: PdfJob) => {
    const send = (message: PdfWorkerMessage) => port.postMessage(message);
    try {
      const { pages, warnings } = await runPdfJob(job, { onProgress: (percent) => send({ kind: 'progress', percent }) });
      send({ kind: 'done', pages, warnings });
    } catch (error) {
      const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
      send({ kind: 'failed', name, message });
    }
  });
}
