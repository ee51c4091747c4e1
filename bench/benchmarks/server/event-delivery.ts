import { maximum, median, percentile } from '../../report/statistics';

/** An event as the progress hub published it, stamped on the monotonic clock. */
export interface PublishedEvent {
  bookId: string;
  seq: number;
  publishedAt: number;
}

/** What one socket.io client saw of its book. */
export interface ClientReceipts {
  bookId: string;
  /** When the client sent "subscribe" (monotonic clock). */
  subscribeSentAt: number;
  /** The sequence number the subscription acknowledged (the snapshot covers up to it); null if refused. */
  ackSeq: number | null;
  received: { seq: number; receivedAt: number }[];
}

export interface DeliveryFigures {
  expected: number;
  received: number;
  lost: number;
  outOfOrder: number;
  duplicates: number;
  delaysMs: number[];
  medianDelayMs: number;
  p95DelayMs: number;
  maxDelayMs: number;
}

/**
 * Checks that every client received every event of its book after its subscription, each once,
 * in order, and measures emit → receipt delays. Only events published after the client asked to
 * subscribe have a delay: older ones are replayed on purpose and would measure the subscription.
 */
export function checkDelivery(published: readonly PublishedEvent[], clients: readonly ClientReceipts[]): DeliveryFigures {
  const byBook = new Map<string, Map<number, number>>();
  for (const event of published) {
    const book = byBook.get(event.bookId) ?? new Map<number, number>();
    book.set(event.seq, event.publishedAt);
    byBook.set(event.bookId, book);
  }
  let expected = 0;
  let received = 0;
  let lost = 0;
  let outOfOrder = 0;
  let duplicates = 0;
  const delaysMs: number[] = [];
  for (const client of clients) {
    const book = byBook.get(client.bookId) ?? new Map<number, number>();
    const lastSeq = book.size > 0 ? Math.max(...book.keys()) : 0;
    const firstSeq = (client.ackSeq ?? lastSeq) + 1;
    const wanted = Math.max(0, lastSeq - firstSeq + 1);
    expected += client.ackSeq === null ? lastSeq : wanted;
    if (client.ackSeq === null) lost += lastSeq;
    const seen = new Set<number>();
    let highest = 0;
    for (const receipt of client.received) {
      received += 1;
      if (seen.has(receipt.seq) || receipt.seq < firstSeq || receipt.seq > lastSeq) {
        duplicates += 1;
        continue;
      }
      if (receipt.seq < highest) outOfOrder += 1;
      seen.add(receipt.seq);
      highest = Math.max(highest, receipt.seq);
      const publishedAt = book.get(receipt.seq);
      if (publishedAt !== undefined && publishedAt >= client.subscribeSentAt) delaysMs.push(receipt.receivedAt - publishedAt);
    }
    if (client.ackSeq !== null) lost += wanted - seen.size;
  }
  return { expected, received, lost, outOfOrder, duplicates, delaysMs, medianDelayMs: median(delaysMs), p95DelayMs: percentile(delaysMs, 95), maxDelayMs: maximum(delaysMs) };
}
