import { api, type BookSummary } from '../api-client';
import { h } from '../dom';

const STATUS_WORDS: Record<BookSummary['status'], string> = { queued: 'Waiting', running: 'Being made', ready: 'Ready', failed: 'Failed', cancelled: 'Cancelled' };

/** Every book made so far, newest first, a page of cards at a time. Returns a cleanup. */
export async function libraryView(root: HTMLElement): Promise<() => void> {
  const grid = h('ul', { className: 'library-grid' });
  const more = h('button', { className: 'quiet', type: 'button', hidden: true }, 'Show more');
  const heading = h('section', { className: 'hero small' }, h('h1', {}, 'Your library'), h('p', {}, 'Every book you have made, newest first.'));
  root.replaceChildren(heading, grid, h('div', { className: 'center' }, more));

  let offset = 0;
  const load = async () => {
    more.disabled = true;
    try {
      const page = await api.listBooks(offset);
      if (offset === 0 && page.books.length === 0) {
        grid.replaceWith(h('div', { className: 'card empty' }, h('p', {}, 'No books yet.'), h('a', { className: 'button primary', href: '#/' }, 'Make your first book')));
      }
      grid.append(...page.books.map(bookCard));
      offset += page.books.length;
      more.hidden = page.next === null;
    } catch (error) {
      root.append(h('p', { className: 'notice problem', role: 'alert' }, error instanceof Error ? error.message : String(error)));
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener('click', () => void load());
  await load();

  // Books being made move on; refresh the loaded cards now and then while any of them is busy.
  let busy = page0Busy(grid);
  const timer = setInterval(async () => {
    if (!grid.isConnected) return clearInterval(timer);
    if (!busy) return;
    const fresh = await api.listBooks(0, Math.max(offset, 1)).catch(() => null);
    if (!fresh) return;
    grid.replaceChildren(...fresh.books.map(bookCard));
    busy = page0Busy(grid);
  }, 3000);
  return () => clearInterval(timer);
}

function page0Busy(grid: HTMLElement): boolean {
  return grid.querySelector('.status-pill[data-status="running"], .status-pill[data-status="queued"]') !== null;
}

function bookCard(book: BookSummary): HTMLElement {
  const made = new Date(book.createdAt);
  return h('li', {},
    h('a', { className: 'library-card', href: `#/books/${book.id}` },
      h('div', { className: 'library-cover' }, book.coverUrl ? h('img', { src: book.coverUrl, alt: '', loading: 'lazy' }) : h('span', { className: 'cover-placeholder', 'aria-hidden': 'true' }, '✎')),
      h('div', { className: 'library-body' },
        h('h2', {}, book.title ?? 'Untitled book'),
        h('div', { className: 'library-meta' },
          h('span', { className: 'status-pill', 'data-status': book.status }, STATUS_WORDS[book.status]),
          h('time', { datetime: book.createdAt }, made.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })),
          book.sceneCount > 0 ? h('span', {}, `${book.sceneCount} pages`) : null),
        book.status === 'running' || book.status === 'queued' ? h('div', { className: 'progress thin' }, h('div', { className: 'progress-fill', style: `width:${Math.round(book.overall)}%` })) : null)));
}
