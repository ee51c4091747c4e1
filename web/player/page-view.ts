import { element, textElement } from './dom';
import type { PlayerLabels } from './player-labels';
import type { StorybookData, StorybookPage } from './storybook-data';
import { segmentText } from './word-timeline';

export interface PageView {
  element: HTMLElement;
  /** The text's box (fitted to the window by fitPageText). */
  text: HTMLElement;
  /** One span per timed word, by word index (missing where a timing was unusable). */
  words: (HTMLElement | undefined)[];
}

/** The picture, or a gentle placeholder that still carries the alt text while it is being made. */
export function pictureFigure(picture: string | null, alt: string, labels: PlayerLabels): HTMLElement {
  const figure = element('figure', 'sb-picture');
  if (picture) {
    const image = element('img', 'sb-image', { decoding: 'async' });
    image.alt = alt;
    image.src = picture;
    figure.appendChild(image);
  } else {
    const placeholder = element('div', 'sb-placeholder', { role: 'img' });
    placeholder.setAttribute('aria-label', alt);
    placeholder.appendChild(textElement('span', 'sb-placeholder-note', labels.pictureComing));
    figure.appendChild(placeholder);
  }
  return figure;
}

/** Long scenes start from smaller type; fitPageText then fits the text to the window it is in. */
export function textLength(text: string): 'short' | 'long' | 'longer' {
  if (text.length > 600) return 'longer';
  return text.length > 280 ? 'long' : 'short';
}

/** One page: picture, then the text with every timed word in its own span. */
export function renderPage(page: StorybookPage, book: StorybookData, labels: PlayerLabels, pageLabel: string): PageView {
  const article = element('article', 'sb-page', { 'aria-label': pageLabel });
  article.appendChild(pictureFigure(page.picture, page.alt, labels));

  const text = element('div', 'sb-text', { lang: book.language, 'data-length': textLength(page.text) });
  const paragraph = element('p', 'sb-paragraph');
  const words: (HTMLElement | undefined)[] = [];
  for (const segment of segmentText(page.text, page.words)) {
    if (segment.word === null) {
      paragraph.appendChild(document.createTextNode(segment.text));
      continue;
    }
    const span = textElement('span', 'sb-word', segment.text);
    words[segment.word] = span;
    paragraph.appendChild(span);
  }
  text.appendChild(paragraph);
  if (!page.audio) text.appendChild(textElement('p', 'sb-waiting', labels.narrationComing));
  article.appendChild(text);
  article.appendChild(textElement('div', 'sb-folio', String(page.index + 1)));
  return { element: article, text, words };
}

/** The cover: picture, title and the big "Read to me" button. */
export function renderCover(book: StorybookData, labels: PlayerLabels, onReadToMe: () => void): HTMLElement {
  const article = element('article', 'sb-cover', { 'aria-label': labels.cover });
  article.appendChild(pictureFigure(book.cover.picture, book.cover.alt, labels));
  const title = textElement('h1', 'sb-title', book.title);
  title.lang = book.language;
  article.appendChild(title);
  const button = textElement('button', 'sb-read-to-me', labels.readToMe);
  button.type = 'button';
  button.addEventListener('click', onReadToMe);
  article.appendChild(button);
  return article;
}
