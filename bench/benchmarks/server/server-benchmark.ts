import path from 'node:path';
import { makeBook } from '../../../pipeline/make-book';
import type { OutputFormat } from '../../../pipeline/model';
import { EmbeddedScenePlanner } from '../../../pipeline/providers/embedded/embedded-scene-planner';
import type { ProviderSet } from '../../../pipeline/providers/provider-set';
import { syntheticProviders } from '../../../pipeline/providers/testing/test-providers';
import { startServer, type RunningServer } from '../../../server/start-server';
import { monotonicMs } from '../../measure/monotonic-clock';
import { round } from '../../report/format-figures';
import { writtenStory } from '../../stories/bench-stories';
import { withBenchStore } from '../../support/bench-store';
import { fixedTimeProviders } from '../../support/fixed-time-providers';
import { WorkerThread } from '../../support/worker-thread';
import type { Benchmark } from '../benchmark';
import { checkDelivery, type ClientReceipts, type PublishedEvent } from './event-delivery';
import type { ServerFigures } from './server-figures';
import type { ClientsRequest, ClientsResult } from './socket-clients-worker';

const FULL = { books: 8, clients: 100 };
const QUICK = { books: 2, clients: 10 };
const FORMATS: OutputFormat[] = ['web', 'pdf', 'mp4', 'epub'];
const CALL_TIMES = { pictureMs: 300, narrationMs: 200 };
const PROMPTS = [
  'a shy dragon who learns to swim',
  'a little fox who looks for the moon',
  'a brave mouse who sails across the lake',
  'a girl who finds a silver key in the garden',
  'an old bear who cannot sleep in winter',
  'a robot who wants to grow flowers',
  'two rabbits who build a bridge over the river',
  'a lighthouse keeper and a lost whale',
];

/**
 * Makes each book's pictures and narrations once, before the server starts, so the server's
 * providers only wait (see fixedTimeProviders): the test doubles' own drawing and tone making
 * would otherwise run on the server's event loop, which real providers never do (cloud ones
 * wait on the network, the embedded ones work in worker threads).
 */
async function makeMediaOnce(texts: string[], warmUp: ProviderSet): Promise<void> {
  await withBenchStore(async (store) => {
    for (const text of texts) {
      const { folder } = await store.create({ source: { kind: 'text', text }, options: { formats: FORMATS } });
      await makeBook(folder, { providers: warmUp, renderers: [] });
    }
  });
}

/**
 * Stamps every event on the monotonic clock as the progress hub publishes it, before any socket
 * sends it. The server's events carry no emit time, and this needs no change to them.
 */
function stampPublishing(server: RunningServer): PublishedEvent[] {
  const stamps: PublishedEvent[] = [];
  const hub = server.hub;
  const publish = hub.publish.bind(hub);
  hub.publish = (event) => {
    const publishedAt = monotonicMs();
    const numbered = publish(event);
    stamps.push({ bookId: numbered.bookId, seq: numbered.seq, publishedAt });
    return numbered;
  };
  return stamps;
}

async function postBook(url: string, text: string): Promise<string> {
  const response = await fetch(`${url}/api/books`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, formats: FORMATS }) });
  const body = (await response.json()) as { id?: string; error?: { message?: string } };
  if (response.status !== 202 || !body.id) throw new Error(`POST /api/books answered ${response.status}: ${body.error?.message ?? JSON.stringify(body)}`);
  return body.id;
}

/**
 * Figure 6: books made at once through the real HTTP API and socket.io on loopback, with
 * providers that take a fixed time per call (as cloud ones do) and every real renderer, so the
 * server is busy while it streams progress to many watchers. The delay is measured from the
 * moment the progress hub publishes an event to its arrival at a client.
 */
export const serverBenchmark: Benchmark<ServerFigures> = {
  name: 'server',
  async run(context) {
    const size = context.quick ? QUICK : FULL;
    const stories = await Promise.all(PROMPTS.slice(0, size.books).map((prompt, index) => writtenStory('short', index + 1, prompt)));
    const { warmUp, timed } = fixedTimeProviders({ ...syntheticProviders(), planner: new EmbeddedScenePlanner() }, CALL_TIMES);
    await makeMediaOnce(stories.map((story) => story.text), warmUp);
    const clients = new WorkerThread<ClientsRequest, ClientsResult>(path.join(__dirname, 'socket-clients-worker.ts'));
    return withBenchStore(async (_store, dir) => {
      const server = await startServer({ dataDir: dir, providers: timed, booksAtOnce: size.books, webRoot: null, log: (line) => context.log(`  server: ${line}`) });
      try {
        const published = stampPublishing(server);
        const started = monotonicMs();
        const bookIds = await Promise.all(stories.map((story) => postBook(server.url, story.text)));
        const subscribed = (await clients.run({ kind: 'subscribe', url: server.url, bookIds, clients: size.clients, timeoutMs: 30_000 })) as { subscribed: number; refused: string[] };
        if (subscribed.refused.length > 0) context.log(`  ${subscribed.refused.length} subscriptions refused`);
        await server.jobs.idle();
        const wallSeconds = (monotonicMs() - started) / 1000;
        for (const id of bookIds) {
          const book = await server.store.read(id);
          if (book.status !== 'ready') throw new Error(`book ${id} ended ${book.status}: ${book.error?.message ?? ''}`);
        }
        const lastSeqs = Object.fromEntries(bookIds.map((id) => [id, server.hub.lastSeq(id)]));
        const collected = (await clients.run({ kind: 'collect', lastSeqs, timeoutMs: 15_000 })) as { receipts: ClientReceipts[]; complete: boolean };
        if (!collected.complete) context.log('  some clients did not receive their book\'s last event within 15 s');
        const delivery = checkDelivery(published, collected.receipts);
        return {
          books: size.books,
          clients: size.clients,
          formats: FORMATS,
          wallSeconds: round(wallSeconds),
          eventsPublished: published.length,
          eventsExpected: delivery.expected,
          eventsReceived: delivery.received,
          lost: delivery.lost,
          outOfOrder: delivery.outOfOrder,
          duplicates: delivery.duplicates,
          delaysMeasured: delivery.delaysMs.length,
          medianDelayMs: round(delivery.medianDelayMs, 2),
          p95DelayMs: round(delivery.p95DelayMs, 2),
          maxDelayMs: round(delivery.maxDelayMs, 2),
        };
      } finally {
        await clients.close();
        await server.close();
      }
    });
  },
};
