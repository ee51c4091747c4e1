import { checkDelivery, type PublishedEvent } from './event-delivery';

const published: PublishedEvent[] = [1, 2, 3, 4, 5].map((seq) => ({ bookId: 'a', seq, publishedAt: seq * 100 }));

describe('checkDelivery', () => {
  it('expects every event after the acknowledged one and measures only live events', () => {
    const figures = checkDelivery(published, [
      { bookId: 'a', subscribeSentAt: 250, ackSeq: 2, received: [3, 4, 5].map((seq) => ({ seq, receivedAt: seq * 100 + seq })) },
    ]);
    expect(figures).toMatchObject({ expected: 3, received: 3, lost: 0, outOfOrder: 0, duplicates: 0, delaysMs: [3, 4, 5], p95DelayMs: 5, maxDelayMs: 5 });
  });

  it('does not measure a replayed event published before the client asked', () => {
    const received = [{ seq: 3, receivedAt: 360 }, { seq: 4, receivedAt: 407 }, { seq: 5, receivedAt: 507 }];
    const figures = checkDelivery(published, [{ bookId: 'a', subscribeSentAt: 350, ackSeq: 2, received }]);
    expect(figures.delaysMs).toEqual([7, 7]);
    expect(figures.lost).toBe(0);
  });

  it('counts lost, out-of-order and duplicated events', () => {
    const figures = checkDelivery(published, [
      { bookId: 'a', subscribeSentAt: 0, ackSeq: 0, received: [1, 3, 2, 3, 5].map((seq) => ({ seq, receivedAt: 1000 })) },
      { bookId: 'a', subscribeSentAt: 0, ackSeq: null, received: [] },
    ]);
    expect(figures).toMatchObject({ expected: 10, received: 5, lost: 1 + 5, outOfOrder: 1, duplicates: 1 });
  });
});
