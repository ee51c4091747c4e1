import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server as SocketServer } from 'socket.io';
import { BookStore } from '../pipeline/book-store';
import { makeBook as realMakeBook, type MakeBookOptions } from '../pipeline/make-book';
import type { BookFolder } from '../pipeline/book-folder';
import type { Manifest } from '../pipeline/model';
import type { ProviderSet } from '../pipeline/providers/provider-set';
import type { Renderer } from '../pipeline/render/renderer';
import { createApp } from './create-app';
import { JobRunner } from './jobs/job-runner';
import { createOptionsCatalog, type ProviderChoice } from './options/options-catalog';
import { ProgressHub } from './progress/progress-hub';
import { attachProgressSockets } from './progress/socket-gateway';

export interface StartServerOptions {
  dataDir: string;
  providers: ProviderSet;
  /** What the provider chooser decided and why, for /api/options. */
  providerChoices?: ProviderChoice[];
  renderers?: Renderer[];
  /** Books made at once (default 2). */
  booksAtOnce?: number;
  /** Scenes drawn and narrated at once within a book (makeBook's default when absent). */
  scenesAtOnce?: number;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  webRoot?: string | null;
  log?: (line: string) => void;
  /** Replaceable for tests; the pipeline's makeBook otherwise. */
  makeBook?: (folder: BookFolder, options: MakeBookOptions) => Promise<Manifest>;
}

export interface RunningServer {
  url: string;
  port: number;
  store: BookStore;
  hub: ProgressHub;
  jobs: JobRunner;
  /** The socket.io server (for benchmarks and tests that drop connections). */
  io: SocketServer;
  /** Stops taking work, lets running books record and park, closes sockets and the port. */
  close(): Promise<void>;
}

/** The whole server on one port: the HTTP app, socket.io progress and the job runner. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.error(line));
  const store = new BookStore(options.dataDir);
  const hub = new ProgressHub();
  const makeBook = options.makeBook ?? realMakeBook;
  const jobs = new JobRunner({
    store,
    concurrency: options.booksAtOnce ?? 2,
    publish: (event) => hub.publish(event),
    log,
    makeBook: (folder, run) => makeBook(folder, { providers: options.providers, renderers: options.renderers, concurrency: options.scenesAtOnce, ...run }),
  });
  const catalog = createOptionsCatalog(options.providers, options.providerChoices);
  const app = createApp({ store, jobs, hub, catalog, webRoot: options.webRoot, log });
  const server = http.createServer(app);
  const io = new SocketServer(server, { serveClient: false, cors: { origin: false } });
  attachProgressSockets(io, { hub, store });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const resumed = await jobs.resumeUnfinished();
  if (resumed.length > 0) log(`resuming ${resumed.length} unfinished book${resumed.length === 1 ? '' : 's'}`);

  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    store,
    hub,
    jobs,
    io,
    close: () =>
      (closing ??= (async () => {
        await jobs.stop();
        await new Promise<void>((resolve) => {
          io.close(() => resolve());
          server.closeAllConnections();
        });
        await options.providers.close?.();
      })()),
  };
}
