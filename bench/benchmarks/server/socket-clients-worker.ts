import { io, type Socket } from 'socket.io-client';
import { monotonicMs } from '../../measure/monotonic-clock';
import type { ClientReceipts } from './event-delivery';

/**
 * The bench's socket.io clients, in a worker thread of their own so their work never delays the
 * server's event loop (and the other way round), as with browsers on other machines. Run in one
 * long-lived WorkerThread (it keeps the clients between requests): `subscribe` connects and
 * subscribes them all, `collect` waits for the last event of every book and hands back what each
 * client received.
 */
export type ClientsRequest =
  | { kind: 'subscribe'; url: string; bookIds: string[]; clients: number; timeoutMs: number }
  | { kind: 'collect'; lastSeqs: Record<string, number>; timeoutMs: number };

export type ClientsResult = { subscribed: number; refused: string[] } | { receipts: ClientReceipts[]; complete: boolean };

interface Client {
  socket: Socket;
  receipts: ClientReceipts;
}

const clients: Client[] = [];

function connect(url: string, bookId: string): Promise<Client> {
  return new Promise((resolve, reject) => {
    // forceNew: without it socket.io-client shares one connection among every client of a URL.
    const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 20_000 });
    const receipts: ClientReceipts = { bookId, subscribeSentAt: 0, ackSeq: null, received: [] };
    socket.onAny((_type: string, event: { seq?: unknown }) => {
      const receivedAt = monotonicMs();
      if (typeof event?.seq === 'number') receipts.received.push({ seq: event.seq, receivedAt });
    });
    socket.once('connect_error', (error) => reject(error));
    socket.once('connect', () => {
      receipts.subscribeSentAt = monotonicMs();
      socket.emit('subscribe', { bookId }, (ack: { ok: boolean; seq?: number; error?: { message: string } }) => {
        if (ack.ok && typeof ack.seq === 'number') receipts.ackSeq = ack.seq;
        resolve({ socket, receipts });
      });
    });
  });
}

function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function collect(lastSeqs: Record<string, number>, timeoutMs: number): Promise<{ receipts: ClientReceipts[]; complete: boolean }> {
  const deadline = Date.now() + timeoutMs;
  const done = () => clients.every(({ receipts }) => receipts.ackSeq === null || receipts.ackSeq >= lastSeqs[receipts.bookId] || receipts.received.some((receipt) => receipt.seq === lastSeqs[receipts.bookId]));
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const complete = done();
  const receipts = clients.map((client) => client.receipts);
  for (const client of clients.splice(0)) client.socket.close();
  return { receipts, complete };
}

export async function handle(request: ClientsRequest): Promise<{ result: ClientsResult }> {
  if (request.kind === 'subscribe') {
    const made = await within(
      Promise.all(Array.from({ length: request.clients }, (_, index) => connect(request.url, request.bookIds[index % request.bookIds.length]))),
      request.timeoutMs,
      'connecting the clients',
    );
    clients.push(...made);
    const refused = made.filter((client) => client.receipts.ackSeq === null).map((client) => client.receipts.bookId);
    return { result: { subscribed: made.length - refused.length, refused } };
  }
  return { result: await collect(request.lastSeqs, request.timeoutMs) };
}
