import type { Controls } from './controls';
import { fitPageText } from './fit-page-text';
import { renderCover, renderPage, type PageView } from './page-view';
import { formatPageOf, type PlayerLabels } from './player-labels';
import type { ReadAlongHighlight } from './read-along-highlight';
import type { StorybookData } from './storybook-data';

export type TurnDirection = 'forward' | 'back' | 'none';

/**
 * Draws what is at a position (0 the cover, 1…n the pages) and the controls' state. Redraws
 * only when what is shown changed, so an update() that brings other pages' files leaves the
 * page being read, its highlight and the reader's scroll alone.
 */
export class StageView {
  private shown: { position: number; key: string } | null = null;
  private text: HTMLElement | null = null;

  constructor(
    private readonly parts: { stage: HTMLElement; controls: Controls; labels: PlayerLabels },
    private readonly highlight: ReadAlongHighlight,
    private readonly onReadToMe: () => void,
  ) {}

  draw(book: StorybookData, position: number, direction: TurnDirection): void {
    const page = position > 0 ? book.pages[position - 1] : undefined;
    const key = JSON.stringify(page ?? [book.title, book.cover, book.language]);
    if (!this.shown || this.shown.position !== position || this.shown.key !== key) {
      const labels = this.parts.labels;
      let view: PageView | null = null;
      let content: HTMLElement;
      if (page) {
        view = renderPage(page, book, labels, formatPageOf(labels, position, book.pages.length));
        content = view.element;
      } else {
        content = renderCover(book, labels, this.onReadToMe);
      }
      if (direction !== 'none') content.classList.add(`sb-turn-${direction}`);
      this.parts.stage.replaceChildren(content);
      this.text = view?.text ?? null;
      this.fitText();
      // A reader who scrolled down to follow the words of a long page starts the next at its top.
      if (direction !== 'none' && this.parts.stage.getBoundingClientRect().top < 0) this.parts.stage.scrollIntoView({ block: 'start' });
      this.shown = { position, key };
      this.highlight.reset(page, view);
    }
    this.drawControls(position, book.pages.length);
  }

  /** Fits the shown page's text to its box again (the window changed size). */
  fitText(): void {
    if (this.text) fitPageText(this.text);
  }

  private drawControls(position: number, pages: number): void {
    const { controls, labels } = this.parts;
    controls.previous.setAttribute('aria-disabled', String(position === 0));
    controls.next.setAttribute('aria-disabled', String(position >= pages));
    controls.position.textContent = position === 0 ? labels.cover : formatPageOf(labels, position, pages);
  }
}
