import type { BookEvent, BookSnapshot } from '../shared/book-events';
import { bookDownloadUrl } from '../shared/book-urls';
import { DOWNLOADS } from '../shared/downloads';
import { stepLabel } from '../shared/step-label';

/**
 * The page's picture of a book: the snapshot the server sent, moved forward by each event. Pure,
 * so it is tested without a browser; the views redraw from whatever it returns.
 */
export function applyBookEvent(book: BookSnapshot, event: BookEvent): BookSnapshot {
  const next: BookSnapshot = { ...book, step: stepLabel(event) };
  if (event.type !== 'book:failed' && event.type !== 'book:cancelled') next.overall = Math.max(book.overall, event.overall);
  switch (event.type) {
    case 'book:queued':
      return { ...next, status: 'queued', error: null };
    case 'book:started':
      return { ...next, status: 'running', error: null };
    case 'story:written':
      return { ...next, title: event.title };
    case 'book:planned':
      return {
        ...next,
        title: event.title,
        scenes: event.scenes.map((scene) => {
          const known = book.scenes.find((existing) => existing.index === scene.index && existing.text === scene.text);
          return known ?? { ...scene, pictureUrl: null, audioUrl: null, durationMs: null, words: [] };
        }),
      };
    case 'scene:illustrated':
      return { ...next, scenes: book.scenes.map((scene) => (scene.index === event.index ? { ...scene, pictureUrl: event.pictureUrl } : scene)) };
    case 'scene:narrated':
      return { ...next, scenes: book.scenes.map((scene) => (scene.index === event.index ? { ...scene, audioUrl: event.audioUrl, durationMs: event.durationMs } : scene)) };
    case 'render:done':
      return { ...next, outputs: { ...book.outputs, [event.format]: event.urls } };
    case 'book:ready':
      return {
        ...next,
        status: 'ready',
        overall: 100,
        outputs: event.outputs,
        downloads: DOWNLOADS.filter((download) => event.outputs[download.format]).map((download) => ({ format: download.format, label: download.label, url: bookDownloadUrl(book.id, download.name) })),
      };
    case 'book:failed':
      return { ...next, status: 'failed', error: event.error };
    case 'book:cancelled':
      return { ...next, status: 'cancelled' };
    default:
      return next;
  }
}

/** Whether the first page can be read: it has a picture and its narration. */
export function firstPageReady(book: BookSnapshot): boolean {
  const first = book.scenes[0];
  return Boolean(first?.pictureUrl && first.audioUrl);
}

export function isFinished(book: BookSnapshot): boolean {
  return book.status === 'ready' || book.status === 'failed' || book.status === 'cancelled';
}

/** The words under the progress bar: counts while pages are being made, the last step otherwise. */
export function workDescription(book: BookSnapshot): string {
  const total = book.scenes.length;
  const pictures = book.scenes.filter((scene) => scene.pictureUrl).length;
  const narrations = book.scenes.filter((scene) => scene.audioUrl).length;
  if (book.status === 'running' && total > 0 && (pictures < total || narrations < total)) {
    return `Drawing and narrating: ${pictures} of ${total} pictures, ${narrations} of ${total} narrations`;
  }
  return book.step;
}
