import { promises as fs } from 'node:fs';
import { BookStore } from '../../../pipeline/book-store';
import { makeBook } from '../../../pipeline/make-book';
import type { Manifest } from '../../../pipeline/model';
import { syntheticProviders, type SyntheticOptions } from '../../../pipeline/providers/testing/test-providers';
import type { Renderer } from '../../../pipeline/render/renderer';
import { createApp } from '../../../server/create-app';
import { JobRunner } from '../../../server/jobs/job-runner';
import { createOptionsCatalog, type OptionsCatalog } from '../../../server/options/options-catalog';
import { ProgressHub } from '../../../server/progress/progress-hub';
import { makeSampleBook } from '../../support/sample-book';
import { temporaryFolder } from '../../support/temporary-folder';

/** The app in process, on the real makeBook with synthetic providers, in its own folder. */
export async function appHarness(options: { synthetic?: SyntheticOptions; renderers?: Renderer[]; booksAtOnce?: number; scenesAtOnce?: number; catalog?: OptionsCatalog } = {}) {
  const temporary = await temporaryFolder('storyloom-server-');
  const store = new BookStore(temporary.dir);
  const hub = new ProgressHub();
  const providers = syntheticProviders(options.synthetic);
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const jobs = new JobRunner({
    store,
    concurrency: options.booksAtOnce ?? 2,
    publish: (event) => hub.publish(event),
    log,
    makeBook: (folder, run) => makeBook(folder, { providers, renderers: options.renderers ?? [], concurrency: options.scenesAtOnce, ...run }),
  });
  const catalog = options.catalog ?? createOptionsCatalog(providers);
  const app = createApp({ store, jobs, hub, catalog, webRoot: null, log });
  return {
    app,
    store,
    hub,
    jobs,
    logs,
    dir: temporary.dir,
    close: async () => {
      await jobs.stop();
      await temporary.remove();
    },
  };
}

/** A finished book in the store with a small PDF stand-in and a web folder, for file routes. */
export async function readyBook(store: BookStore): Promise<Manifest> {
  const { manifest } = await store.create({ source: { kind: 'text', text: 'placeholder' } });
  const folder = store.folder(manifest.id);
  const sample = await makeSampleBook({ dir: folder.dir, title: 'The Fox & the Moon' });
  await folder.writeFile('book.pdf', '%PDF-1.4\n% a stand-in for the test\n%%EOF\n');
  await folder.writeFile('web/index.html', '<!doctype html><title>web book</title>');
  await folder.writeFile('web/assets/01.png', await fs.readFile(folder.resolve('scenes/01.png')));
  const renderedAt = new Date().toISOString();
  return folder.write({
    ...sample.manifest,
    id: manifest.id,
    request: { ...sample.manifest.request, options: { ...sample.manifest.request.options, formats: ['web', 'pdf', 'mp4'] } },
    outputs: { pdf: { files: ['book.pdf'], renderedAt, warnings: [] }, web: { files: ['web/index.html', 'web/assets/01.png'], renderedAt, warnings: [] } },
  });
}

export async function waitFor<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A stack trace in an answer would show lines like "    at fn (file.ts:1:2)". */
export function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at\s|\.ts:\d+|node_modules|Error:\s/);
}
