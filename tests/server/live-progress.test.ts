import { io as connect, type Socket } from 'socket.io-client';
import { syntheticProviders } from '../../pipeline/providers/testing/test-providers';
import { startServer, type RunningServer } from '../../server/start-server';
import type { BookEvent, BookSnapshot } from '../../web/shared/book-events';
import { BookChannel } from '../../web/app/live/book-channel';
import { temporaryFolder } from '../support/temporary-folder';
import { waitFor } from './support/app-harness';

const STORY = Array.from({ length: 6 }, (_, index) => `Page ${index + 1} begins. The fox walks on and on.`).join('\n\n');

async function postBook(server: RunningServer, body: object): Promise<string> {
  const answer = await fetch(`${server.url}/api/books`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(answer.status).toBe(202);
  return ((await answer.json()) as { id: string }).id;
}

function follow(socket: Socket, bookId: string) {
  const events: BookEvent[] = [];
  const snapshots: BookSnapshot[] = [];
  const subscriptions: { resumed: boolean; seq: number }[] = [];
  const connections: boolean[] = [];
  const channel = new BookChannel(socket, bookId, {
    onSnapshot: (book) => snapshots.push(book),
    onEvent: (event) => events.push(event),
    onSubscribed: (info) => subscriptions.push(info),
    onConnectionChange: (connected) => connections.push(connected),
  });
  const finished = () => events.some((event) => event.type === 'book:ready' || event.type === 'book:failed');
  return { channel, events, snapshots, subscriptions, connections, finished };
}

describe('live progress over socket.io', () => {
  let server: RunningServer;
  let remove: () => Promise<void>;
  const sockets: Socket[] = [];
  beforeEach(async () => {
    const temporary = await temporaryFolder('storyloom-live-');
    remove = temporary.remove;
    server = await startServer({ dataDir: temporary.dir, providers: syntheticProviders({ pictureDelayMs: 120, narrationDelayMs: 60 }), renderers: [], scenesAtOnce: 2, webRoot: null, log: () => undefined });
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    await server.close();
    await remove();
  });
  const open = (options: Parameters<typeof connect>[1] = {}) => {
    const socket = connect(server.url, { transports: ['websocket'], ...options });
    sockets.push(socket);
    return socket;
  };

  it('sends a new subscriber the snapshot, then every event in order, numbered one by one', async () => {
    const bookId = await postBook(server, { text: STORY, formats: ['web'] });
    const watcher = follow(open(), bookId);
    await waitFor(async () => watcher.finished(), 'the book to finish');
    expect(watcher.snapshots).toHaveLength(1);
    const firstSeq = watcher.subscriptions[0].seq;
    expect(watcher.events.map((event) => event.seq)).toEqual(watcher.events.map((_, index) => firstSeq + index + 1));
    const types = watcher.events.map((event) => event.type);
    expect(types.filter((type) => type === 'scene:illustrated')).toHaveLength(6 - watcher.snapshots[0].scenes.filter((scene) => scene.pictureUrl).length);
    expect(types.at(-1)).toBe('book:ready');
    const planned = [...watcher.snapshots[0].scenes, ...watcher.events.flatMap((event) => (event.type === 'book:planned' ? event.scenes : []))];
    expect(planned.length).toBeGreaterThanOrEqual(6);
  });

  it('catches up after a dropped connection: nothing missed, nothing twice', async () => {
    const bookId = await postBook(server, { text: STORY, formats: ['web'] });
    // One client watches from before the start without interruption, as the reference.
    const reference = follow(open(), bookId);
    const dropped = follow(open({ reconnectionDelay: 400, reconnectionDelayMax: 400 }), bookId);
    await waitFor(async () => reference.subscriptions.length === 1 && dropped.subscriptions.length === 1, 'both subscriptions');
    await waitFor(async () => dropped.events.some((event) => event.type === 'scene:illustrated'), 'the first picture');
    const seqAtDrop = dropped.channel.seq!;
    // Closing the engine is what a network drop looks like to the client: it reconnects by itself.
    (dropped.channel as unknown as { socket: Socket }).socket.io.engine.close();
    await waitFor(async () => reference.finished() && dropped.finished(), 'both to see the end');

    expect(dropped.connections).toEqual([true, false, true]);
    expect(dropped.subscriptions).toHaveLength(2);
    expect(dropped.subscriptions[1].resumed).toBe(true);
    expect(dropped.subscriptions[1].seq).toBe(seqAtDrop);
    // Events were published while it was away, and it still has every one, once.
    const missedWhileAway = reference.events.filter((event) => event.seq > seqAtDrop && event.seq <= seqAtDrop + 2);
    expect(missedWhileAway.length).toBe(2);
    const seqs = dropped.events.map((event) => event.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(dropped.events).toEqual(reference.events.filter((event) => event.seq > dropped.subscriptions[0].seq));
  });

  it('starts a client from a fresh snapshot when its numbers belong to another server run', async () => {
    const bookId = await postBook(server, { text: STORY, formats: ['web'] });
    const socket = open();
    await waitFor(async () => socket.connected, 'the connection');
    const ack = await socket.emitWithAck('subscribe', { bookId, lastSeq: 3, epoch: 'an-older-run' });
    expect(ack).toMatchObject({ ok: true, resumed: false, book: { id: bookId } });
  });

  it('answers a bad subscription with a message, not a crash', async () => {
    const socket = open();
    await waitFor(async () => socket.connected, 'the connection');
    expect(await socket.emitWithAck('subscribe', { bookId: '../etc' })).toEqual({ ok: false, error: { code: 'bad_id', message: '"../etc" is not a book id' } });
    expect(await socket.emitWithAck('subscribe', { bookId: 'aaaaaaaaaaaaaaaa' })).toEqual({ ok: false, error: { code: 'not_found', message: 'there is no book with id aaaaaaaaaaaaaaaa' } });
    expect(await socket.emitWithAck('subscribe', 'nonsense')).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });
});
