import type { Socket } from 'socket.io-client';
import { BOOK_EVENT_TYPES, BookEventSchema, SubscribeAckSchema, type BookEvent, type BookSnapshot } from '../../shared/book-events';

export interface BookChannelHandlers {
  /** The whole book, when first subscribed or when the server could not replay what was missed. */
  onSnapshot(book: BookSnapshot): void;
  /** Each event once, in order, with no gaps. */
  onEvent(event: BookEvent): void;
  onConnectionChange?(connected: boolean): void;
  onError?(message: string): void;
  /** After every (re)subscription: whether missed events followed, and from which number. */
  onSubscribed?(info: { resumed: boolean; seq: number }): void;
}

/**
 * Follows one book over a socket.io connection. On every (re)connect it subscribes again with the
 * last sequence number it saw, so a dropped connection catches up by itself: the server replays
 * what was missed, and anything already seen (by number) is dropped, so nothing comes twice.
 */
export class BookChannel {
  private lastSeq: number | undefined;
  private epoch: string | undefined;
  private subscribed = false;
  private readonly listeners: [string, (...args: unknown[]) => void][] = [];

  constructor(private readonly socket: Socket, readonly bookId: string, private readonly handlers: BookChannelHandlers) {
    this.listen('connect', () => {
      handlers.onConnectionChange?.(true);
      this.subscribe();
    });
    this.listen('disconnect', () => {
      this.subscribed = false;
      handlers.onConnectionChange?.(false);
    });
    for (const type of BOOK_EVENT_TYPES) this.listen(type, (raw) => this.receive(raw));
    if (socket.connected) this.subscribe();
  }

  get seq(): number | undefined {
    return this.lastSeq;
  }

  close(): void {
    for (const [name, listener] of this.listeners) this.socket.off(name, listener);
    if (this.socket.connected) this.socket.emit('unsubscribe', { bookId: this.bookId });
  }

  private listen(name: string, listener: (...args: unknown[]) => void): void {
    this.socket.on(name, listener);
    this.listeners.push([name, listener]);
  }

  private subscribe(): void {
    const request = this.lastSeq === undefined ? { bookId: this.bookId } : { bookId: this.bookId, lastSeq: this.lastSeq, epoch: this.epoch };
    this.socket.emit('subscribe', request, (raw: unknown) => {
      const ack = SubscribeAckSchema.safeParse(raw);
      if (!ack.success) return this.handlers.onError?.('the server sent something this page does not understand; reload the page');
      if (!ack.data.ok) return this.handlers.onError?.(ack.data.error.message);
      this.epoch = ack.data.epoch;
      this.subscribed = true;
      if (!ack.data.resumed) this.handlers.onSnapshot(ack.data.book);
      this.lastSeq = ack.data.seq;
      this.handlers.onSubscribed?.({ resumed: ack.data.resumed, seq: ack.data.seq });
    });
  }

  private receive(raw: unknown): void {
    const parsed = BookEventSchema.safeParse(raw);
    if (!parsed.success || parsed.data.bookId !== this.bookId || !this.subscribed || this.lastSeq === undefined) return;
    const event = parsed.data;
    if (event.seq <= this.lastSeq) return;
    if (event.seq > this.lastSeq + 1) {
      // A gap should not happen; if it does, ask again from what we have rather than skip.
      this.subscribe();
      return;
    }
    this.lastSeq = event.seq;
    this.handlers.onEvent(event);
  }
}
