import { buildStorybookData } from '../../../pipeline/render/web/build-storybook-data';
import { bookFileUrl } from '../../shared/book-urls';
import { mountStorybook, type StorybookPlayer } from '../../player/mount-storybook';
import { api } from '../api-client';
import { h } from '../dom';

/**
 * The shared storybook player inside the app. Word timings live in the manifest, so the reader
 * fetches the book again (at most a few times a second) whenever a page gains a picture or audio.
 */
export class Reader {
  readonly element = h('section', { className: 'reader', 'aria-label': 'Read the book', hidden: true });
  private player: StorybookPlayer | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void> | null = null;

  constructor(private readonly bookId: string, private readonly onError: (message: string) => void) {}

  get open(): boolean {
    return this.player !== null;
  }

  async show(): Promise<void> {
    this.element.hidden = false;
    await this.refresh();
    this.element.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  /** The book has more to show; refresh soon, once for a burst of events. */
  changed(): void {
    if (!this.player) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 300);
  }

  hide(): void {
    this.destroy();
    this.element.hidden = true;
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.player?.destroy();
    this.player = null;
  }

  private async refresh(): Promise<void> {
    if (this.loading) return this.loading;
    this.loading = (async () => {
      try {
        const { manifest } = await api.book(this.bookId);
        const data = buildStorybookData(manifest, {
          picture: (record) => bookFileUrl(this.bookId, record.file),
          audio: (record) => bookFileUrl(this.bookId, record.file),
        });
        if (this.player) this.player.update(data);
        else this.player = mountStorybook(this.element, data);
      } catch (error) {
        this.onError(error instanceof Error ? error.message : String(error));
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }
}
