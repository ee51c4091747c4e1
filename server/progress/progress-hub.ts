import { randomBytes } from 'node:crypto';
import { FINAL_EVENT_TYPES, type BookEvent, type UnnumberedBookEvent } from '../../web/shared/book-events';
import { stepLabel } from '../../web/shared/step-label';

export type BookEventListener = (event: BookEvent) => void;

interface BookChannel {
  seq: number;
  /** Events kept for replay; the oldest may have been dropped (see `maxEventsPerBook`). */
  log: BookEvent[];
  listeners: Set<BookEventListener>;
  overall: number;
  step: string;
  finished: boolean;
}

export interface ProgressHubOptions {
  maxEventsPerBook?: number;
  /** Finished books whose logs are kept for late reconnects; older ones are forgotten first. */
  maxFinishedBooks?: number;
}

/**
 * Numbers each book's events 1, 2, 3… and keeps them, so a client that reconnects with the last
 * number it saw gets exactly what it missed. Synchronous on purpose: replaying the log and adding
 * a listener happen in one tick, so no event can slip between them.
 */
export class ProgressHub {
  /** Identifies this server run: sequence numbers restart when the server does. */
  readonly epoch = randomBytes(6).toString('hex');
  private readonly channels = new Map<string, BookChannel>();
  private readonly maxEventsPerBook: number;
  private readonly maxFinishedBooks: number;

  constructor(options: ProgressHubOptions = {}) {
    this.maxEventsPerBook = options.maxEventsPerBook ?? 5000;
    this.maxFinishedBooks = options.maxFinishedBooks ?? 200;
  }

  publish(unnumbered: UnnumberedBookEvent): BookEvent {
    const channel = this.channel(unnumbered.bookId);
    channel.seq += 1;
    const event = { ...unnumbered, seq: channel.seq } as BookEvent;
    channel.log.push(event);
    if (channel.log.length > this.maxEventsPerBook) channel.log.shift();
    channel.overall = event.overall;
    channel.step = stepLabel(event);
    channel.finished = FINAL_EVENT_TYPES.includes(event.type);
    for (const listener of [...channel.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One broken subscriber must not stop the others or the book.
        console.error('progress listener failed:', error);
      }
    }
    if (channel.finished) this.evictFinished();
    return event;
  }

  lastSeq(bookId: string): number {
    return this.channels.get(bookId)?.seq ?? 0;
  }

  /** The events after `seq`, or null when the log no longer reaches back that far. */
  eventsAfter(bookId: string, seq: number): BookEvent[] | null {
    const channel = this.channels.get(bookId);
    if (!channel) return seq === 0 ? [] : null;
    if (seq > channel.seq) return null;
    const firstKept = channel.log[0]?.seq ?? channel.seq + 1;
    if (seq + 1 < firstKept) return null;
    return channel.log.filter((event) => event.seq > seq);
  }

  subscribe(bookId: string, listener: BookEventListener): () => void {
    const channel = this.channel(bookId);
    channel.listeners.add(listener);
    return () => channel.listeners.delete(listener);
  }

  /** The latest overall figure and step words, when this run has seen the book. */
  latest(bookId: string): { overall: number; step: string } | undefined {
    const channel = this.channels.get(bookId);
    return channel && channel.seq > 0 ? { overall: channel.overall, step: channel.step } : undefined;
  }

  forget(bookId: string): void {
    this.channels.delete(bookId);
  }

  private channel(bookId: string): BookChannel {
    let channel = this.channels.get(bookId);
    if (!channel) {
      channel = { seq: 0, log: [], listeners: new Set(), overall: 0, step: '', finished: false };
      this.channels.set(bookId, channel);
    }
    return channel;
  }

  private evictFinished(): void {
    const finished = [...this.channels].filter(([, channel]) => channel.finished && channel.listeners.size === 0);
    // Map order is insertion order, so the first finished channels are the oldest.
    for (const [bookId] of finished.slice(0, Math.max(0, finished.length - this.maxFinishedBooks))) this.channels.delete(bookId);
  }
}
