import { ProgressHub } from './progress-hub';
import type { BookEvent } from '../../web/shared/book-events';

const started = (bookId: string) => ({ bookId, type: 'book:started' as const, overall: 1 });

describe('ProgressHub', () => {
  it('numbers each book separately, one by one', () => {
    const hub = new ProgressHub();
    expect(hub.publish(started('a')).seq).toBe(1);
    expect(hub.publish(started('a')).seq).toBe(2);
    expect(hub.publish(started('b')).seq).toBe(1);
    expect(hub.lastSeq('a')).toBe(2);
    expect(hub.lastSeq('unknown')).toBe(0);
  });

  it('replays exactly the events after a sequence number', () => {
    const hub = new ProgressHub();
    for (let count = 0; count < 5; count++) hub.publish(started('a'));
    expect(hub.eventsAfter('a', 2)!.map((event) => event.seq)).toEqual([3, 4, 5]);
    expect(hub.eventsAfter('a', 5)).toEqual([]);
    expect(hub.eventsAfter('unknown', 0)).toEqual([]);
  });

  it('says when it cannot replay: a number from the future or a trimmed log', () => {
    const hub = new ProgressHub({ maxEventsPerBook: 3 });
    for (let count = 0; count < 5; count++) hub.publish(started('a'));
    expect(hub.eventsAfter('a', 9)).toBeNull();
    expect(hub.eventsAfter('a', 1)).toBeNull();
    expect(hub.eventsAfter('a', 2)!.map((event) => event.seq)).toEqual([3, 4, 5]);
    expect(hub.eventsAfter('unknown', 3)).toBeNull();
  });

  it('delivers to subscribers until they leave, and survives a throwing one', () => {
    const hub = new ProgressHub();
    const seen: BookEvent[] = [];
    const errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    hub.subscribe('a', () => {
      throw new Error('broken subscriber');
    });
    const leave = hub.subscribe('a', (event) => seen.push(event));
    hub.publish(started('a'));
    hub.publish(started('b'));
    leave();
    hub.publish(started('a'));
    expect(seen.map((event) => [event.bookId, event.seq])).toEqual([['a', 1]]);
    errorSpy.mockRestore();
  });

  it('remembers the latest figure and step words', () => {
    const hub = new ProgressHub();
    expect(hub.latest('a')).toBeUndefined();
    hub.publish({ bookId: 'a', type: 'render:progress', overall: 91, format: 'pdf', percent: 40 });
    expect(hub.latest('a')).toEqual({ overall: 91, step: 'Making the PDF' });
  });

  it('forgets the oldest finished books beyond its limit', () => {
    const hub = new ProgressHub({ maxFinishedBooks: 1 });
    hub.publish({ bookId: 'a', type: 'book:cancelled', overall: 0 });
    hub.publish({ bookId: 'b', type: 'book:cancelled', overall: 0 });
    expect(hub.lastSeq('a')).toBe(0);
    expect(hub.lastSeq('b')).toBe(1);
  });
});
