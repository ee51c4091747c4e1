import type { BookEvent, BookSnapshot } from '../shared/book-events';
import { applyBookEvent, firstPageReady, workDescription } from './book-state';

const description = { setting: 'forest', timeOfDay: 'day' as const, weather: 'clear' as const, season: null, characters: [], objects: [], mood: 'calm' as const, action: 'a fox runs' };
const empty: BookSnapshot = {
  id: 'abcdefghijklmnop', title: null, language: 'en', status: 'queued', error: null, createdAt: '', updatedAt: '', formats: ['pdf', 'web'],
  overall: 0, step: '', scenes: [], outputs: {}, downloads: [], warnings: [],
};
const envelope = { bookId: empty.id, seq: 1 };
const play = (...events: BookEvent[]) => events.reduce(applyBookEvent, empty);
const planned: BookEvent = { ...envelope, type: 'book:planned', overall: 10, title: 'Fox', scenes: [{ index: 0, text: 'One.', description }, { index: 1, text: 'Two.', description }] };

describe('applyBookEvent', () => {
  it('shows the planned pages, then fills in pictures and audio as they come', () => {
    const book = play(
      { ...envelope, type: 'book:started', overall: 0 },
      planned,
      { ...envelope, type: 'scene:illustrated', overall: 30, index: 1, pictureUrl: '/p/2.png', width: 10, height: 10 },
      { ...envelope, type: 'scene:narrated', overall: 40, index: 1, audioUrl: '/a/2.wav', durationMs: 900 },
    );
    expect(book).toMatchObject({ status: 'running', title: 'Fox', overall: 40, step: 'Narrated page 2' });
    expect(book.scenes.map((scene) => [scene.pictureUrl, scene.audioUrl, scene.durationMs])).toEqual([[null, null, null], ['/p/2.png', '/a/2.wav', 900]]);
    expect(firstPageReady(book)).toBe(false);
    expect(workDescription(book)).toBe('Drawing and narrating: 1 of 2 pictures, 1 of 2 narrations');
    expect(firstPageReady(applyBookEvent(applyBookEvent(book, { ...envelope, type: 'scene:illustrated', overall: 50, index: 0, pictureUrl: '/p/1.png', width: 1, height: 1 }), { ...envelope, type: 'scene:narrated', overall: 60, index: 0, audioUrl: '/a/1.wav', durationMs: 1 }))).toBe(true);
  });

  it('keeps pages already made when the plan is announced again after a resume', () => {
    const drawn = play(planned, { ...envelope, type: 'scene:illustrated', overall: 30, index: 0, pictureUrl: '/p/1.png', width: 1, height: 1 });
    expect(applyBookEvent(drawn, planned).scenes[0].pictureUrl).toBe('/p/1.png');
  });

  it('offers the downloads of the formats that were made when the book is ready', () => {
    const book = play(planned, { ...envelope, type: 'book:ready', overall: 100, outputs: { pdf: ['/f/book.pdf'], web: ['/f/web/index.html'] } });
    expect(book.status).toBe('ready');
    expect(workDescription(book)).toBe('Ready');
    expect(book.downloads).toEqual([
      { format: 'pdf', label: 'Picture-book PDF', url: `/api/books/${empty.id}/download/book.pdf` },
      { format: 'web', label: 'Web book (zip)', url: `/api/books/${empty.id}/download/web.zip` },
    ]);
  });

  it('keeps the progress figure when a book fails, with the reason', () => {
    const book = play(planned, { ...envelope, type: 'book:failed', overall: 0, error: { code: 'provider_failed', message: 'the narrator stopped', scene: 1, provider: 'x' } });
    expect(book).toMatchObject({ status: 'failed', overall: 10, step: 'Failed: the narrator stopped', error: { scene: 1 } });
  });
});
