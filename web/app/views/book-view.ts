import type { BookSnapshot } from '../../shared/book-events';
import { api } from '../api-client';
import { applyBookEvent, firstPageReady, isFinished, workDescription } from '../book-state';
import { h } from '../dom';
import { appSocket } from '../live/app-socket';
import { BookChannel } from '../live/book-channel';
import { Reader } from './reader';
import { SceneCards } from './scene-cards';

const STATUS_WORDS: Record<BookSnapshot['status'], string> = { queued: 'Waiting', running: 'Being made', ready: 'Ready', failed: 'Failed', cancelled: 'Cancelled' };

/** One book: watch it being made, read it (early, if you like), download it. Returns a cleanup. */
export function bookView(root: HTMLElement, bookId: string, go: (hash: string) => void): () => void {
  let book: BookSnapshot | null = null;
  const title = h('h1', { className: 'book-title' }, 'Opening your book…');
  const status = h('span', { className: 'status-pill' });
  const fill = h('div', { className: 'progress-fill' });
  const bar = h('div', { className: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-label': 'Progress' }, fill);
  const step = h('p', { className: 'step', 'aria-live': 'polite' });
  const connection = h('p', { className: 'notice connection', hidden: true }, 'The connection dropped. Reconnecting… (nothing will be missed)');
  const problem = h('p', { className: 'notice problem', role: 'alert', hidden: true });
  const actionError = h('p', { className: 'field-error', role: 'alert', hidden: true });
  const reader = new Reader(bookId, (message) => say(actionError, message));
  const readButton = h('button', {
    className: 'primary', type: 'button',
    onclick: async () => {
      if (reader.open) reader.hide();
      else await reader.show();
      draw();
    },
  }, 'Read the book');
  const cancelButton = h('button', { className: 'quiet', type: 'button', onclick: () => void act(() => api.cancel(bookId)) }, 'Cancel');
  const retryButton = h('button', { className: 'primary', type: 'button', onclick: () => void act(() => api.resume(bookId)) }, 'Try again');
  const deleteButton = h('button', {
    className: 'quiet danger', type: 'button',
    onclick: () => {
      if (confirm('Delete this book and all its pictures and sounds?')) void act(async () => (await api.remove(bookId), go('#/library')));
    },
  }, 'Delete');
  const downloads = h('div', { className: 'download-list' });
  const downloadSection = h('section', { className: 'card downloads', hidden: true }, h('h2', {}, 'Take it with you'), downloads);
  const cards = new SceneCards();
  const pagesSection = h('section', { className: 'pages', hidden: true }, h('h2', {}, 'Pages'), cards.element);

  root.replaceChildren(
    h('section', { className: 'card book-head' }, h('div', { className: 'book-head-top' }, status), title, bar, step, connection, problem,
      h('div', { className: 'actions' }, readButton, retryButton, cancelButton, deleteButton), actionError),
    reader.element, downloadSection, pagesSection,
  );

  const draw = () => {
    if (!book) return;
    document.title = `${book.title ?? 'A new book'} · Storyloom`;
    title.textContent = book.title ?? 'Your new book';
    status.textContent = STATUS_WORDS[book.status];
    status.dataset.status = book.status;
    const overall = Math.round(book.overall);
    fill.style.width = `${overall}%`;
    bar.setAttribute('aria-valuenow', String(overall));
    bar.dataset.status = book.status;
    step.textContent = book.status === 'ready' ? 'Ready to read, play and download.' : book.status === 'failed' ? '' : `${workDescription(book) || 'Working…'} · ${overall}%`;
    problem.hidden = book.status !== 'failed';
    if (book.error) problem.textContent = `This book could not be finished${book.error.scene !== null ? ` (page ${book.error.scene + 1})` : ''}: ${book.error.message}`;
    readButton.hidden = !firstPageReady(book);
    readButton.textContent = reader.open ? 'Close the book' : book.status === 'ready' ? 'Read the book' : 'Read the first pages';
    cancelButton.hidden = isFinished(book);
    retryButton.hidden = book.status !== 'failed' && book.status !== 'cancelled';
    readButton.classList.toggle('primary', retryButton.hidden);
    readButton.classList.toggle('quiet', !retryButton.hidden);
    downloadSection.hidden = book.downloads.length === 0;
    downloads.replaceChildren(...book.downloads.map((download) => h('a', { className: `download download-${download.format}`, href: download.url, download: '' }, download.label)));
    pagesSection.hidden = book.scenes.length === 0;
    cards.update(book.scenes, isFinished(book));
  };

  const channel = new BookChannel(appSocket(), bookId, {
    onSnapshot: (snapshot) => {
      book = snapshot;
      draw();
      reader.changed();
    },
    onEvent: (event) => {
      if (!book) return;
      book = applyBookEvent(book, event);
      draw();
      if (event.type === 'scene:illustrated' || event.type === 'scene:narrated' || event.type === 'book:ready' || event.type === 'book:planned') reader.changed();
    },
    onConnectionChange: (connected) => {
      connection.hidden = connected || book === null || isFinished(book);
    },
    onError: (message) => {
      title.textContent = 'This book cannot be shown';
      say(problem, message);
      root.querySelector('.actions')?.replaceChildren(h('a', { className: 'button quiet', href: '#/library' }, 'Go to the library'));
    },
  });

  async function act(action: () => Promise<unknown>): Promise<void> {
    actionError.hidden = true;
    try {
      await action();
    } catch (error) {
      say(actionError, error instanceof Error ? error.message : String(error));
    }
  }

  return () => {
    channel.close();
    reader.destroy();
  };
}

function say(element: HTMLElement, message: string): void {
  element.textContent = message.charAt(0).toUpperCase() + message.slice(1);
  element.hidden = false;
}
