import { api, type ApiOptions } from './api-client';
import { h } from './dom';
import { bookView } from './views/book-view';
import { createView } from './views/create-view';
import { libraryView } from './views/library-view';
import './styles/app.css';

/** Routes by the URL's hash (#/, #/library, #/books/<id>), so the server serves one page. */
const view = document.getElementById('view')!;
let cleanup: (() => void) | null = null;
let options: Promise<ApiOptions> | null = null;

function go(hash: string): void {
  if (location.hash === hash) void route();
  else location.hash = hash;
}

async function route(): Promise<void> {
  cleanup?.();
  cleanup = null;
  const hash = location.hash || '#/';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.nav a')) link.toggleAttribute('aria-current', link.getAttribute('href') === hash);
  window.scrollTo(0, 0);
  const book = /^#\/books\/([a-z2-7]{16})$/.exec(hash);
  try {
    if (book) {
      cleanup = bookView(view, book[1], go);
    } else if (hash === '#/library') {
      document.title = 'Library · Storyloom';
      cleanup = await libraryView(view);
    } else {
      document.title = 'Storyloom';
      options ??= api.options();
      createView(view, await options, go);
    }
  } catch (error) {
    options = null;
    view.replaceChildren(h('section', { className: 'card' }, h('p', { className: 'notice problem', role: 'alert' }, error instanceof Error ? error.message : String(error)), h('button', { className: 'primary', onclick: () => void route() }, 'Try again')));
  }
}

window.addEventListener('hashchange', () => void route());
void route();
