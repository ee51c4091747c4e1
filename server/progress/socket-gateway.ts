import type { Server, Socket } from 'socket.io';
import { isBookId } from '../../pipeline/book-id';
import type { BookStore } from '../../pipeline/book-store';
import { describeError } from '../../pipeline/errors';
import { SubscribeRequestSchema, type SubscribeAck } from '../../web/shared/book-events';
import { bookSnapshot } from '../books/book-snapshot';
import type { ProgressHub } from './progress-hub';

/**
 * socket.io side of the progress hub. A client emits "subscribe" { bookId, lastSeq?, epoch? } with
 * an acknowledgement callback; it gets the book's snapshot, then every event after `lastSeq` (or
 * after the snapshot), then live events, each under its own type name ("scene:illustrated", …).
 */
export function attachProgressSockets(io: Server, parts: { hub: ProgressHub; store: BookStore }): void {
  io.on('connection', (socket) => {
    const subscriptions = new Map<string, () => void>();
    socket.on('subscribe', (request: unknown, acknowledge: unknown) => {
      if (typeof acknowledge !== 'function') return;
      void subscribe(socket, parts, subscriptions, request, acknowledge as (ack: SubscribeAck) => void);
    });
    socket.on('unsubscribe', (request: unknown) => {
      const bookId = (request as { bookId?: unknown } | null)?.bookId;
      if (typeof bookId !== 'string') return;
      subscriptions.get(bookId)?.();
      subscriptions.delete(bookId);
    });
    socket.on('disconnect', () => {
      for (const unsubscribe of subscriptions.values()) unsubscribe();
      subscriptions.clear();
    });
  });
}

async function subscribe(
  socket: Socket,
  { hub, store }: { hub: ProgressHub; store: BookStore },
  subscriptions: Map<string, () => void>,
  raw: unknown,
  acknowledge: (ack: SubscribeAck) => void,
): Promise<void> {
  const parsed = SubscribeRequestSchema.safeParse(raw);
  if (!parsed.success) return acknowledge({ ok: false, error: { code: 'bad_input', message: 'subscribe needs { bookId, lastSeq?, epoch? }' } });
  const { bookId, lastSeq, epoch } = parsed.data;
  if (!isBookId(bookId)) return acknowledge({ ok: false, error: { code: 'bad_id', message: `"${bookId.slice(0, 40)}" is not a book id` } });

  // Everything up to here is in the manifest we are about to read; later events are replayed.
  const seqBefore = hub.lastSeq(bookId);
  let manifest;
  try {
    manifest = await store.read(bookId);
  } catch (error) {
    return acknowledge({ ok: false, error: describeError(error) });
  }

  // From here on, synchronous: no event can be published between the replay and the listener.
  subscriptions.get(bookId)?.();
  const missed = lastSeq !== undefined && epoch === hub.epoch ? hub.eventsAfter(bookId, lastSeq) : null;
  const resumed = missed !== null;
  const replay = missed ?? hub.eventsAfter(bookId, seqBefore) ?? [];
  subscriptions.set(bookId, hub.subscribe(bookId, (event) => socket.emit(event.type, event)));
  // Acknowledgement, then the replay, then live events: socket.io delivers packets in this order.
  acknowledge({ ok: true, book: bookSnapshot(manifest, hub.latest(bookId)), epoch: hub.epoch, resumed, seq: resumed ? lastSeq! : seqBefore });
  for (const event of replay) socket.emit(event.type, event);
}
