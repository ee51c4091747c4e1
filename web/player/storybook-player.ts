import type { Controls } from './controls';
import { Narration } from './narration';
import { formatPageOf, type PlayerLabels } from './player-labels';
import type { StorybookData, StorybookPage } from './storybook-data';
import { ReadAlongHighlight } from './read-along-highlight';
import { StageView, type TurnDirection } from './stage-view';

export interface PlayerParts {
  stage: HTMLElement;
  announcer: HTMLElement;
  controls: Controls;
  labels: PlayerLabels;
  speed: number;
  position: number;
  pageTurnDelayMs: number;
  onPositionChange: (position: number) => void;
}

/** Position 0 is the cover, 1…n the pages. `playing` is the reader's wish to hear the book. */
export class StorybookPlayerImplementation {
  position: number;
  playing = false;
  private speed: number;
  /** Reading aloud reached a page whose narration is not made yet. */
  private waiting = false;
  private turnTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly highlight = new ReadAlongHighlight((text) => this.announce(text));
  private readonly narration = new Narration((timeMs) => this.highlight.showTime(timeMs), () => this.pageEnded());
  private readonly stage: StageView;

  constructor(private book: StorybookData, private readonly parts: PlayerParts) {
    this.speed = parts.speed;
    this.stage = new StageView(parts, this.highlight, () => this.play());
    this.position = this.clamp(parts.position);
    this.draw('none');
  }

  get audio(): HTMLAudioElement {
    return this.narration.audio;
  }

  update(book: StorybookData): void {
    this.book = book;
    this.position = this.clamp(this.position);
    this.draw('none');
    // A page that was waiting for its narration starts as soon as the narration arrives.
    if (this.waiting && this.playing && this.page?.audio) this.read();
  }

  play(): void {
    this.playing = true;
    if (this.position === 0 || (this.position === this.pageCount && this.audio.ended)) this.goTo(1);
    else this.read();
  }

  pause(): void {
    this.playing = false;
    this.waiting = false;
    clearTimeout(this.turnTimer);
    this.narration.pause();
    this.parts.controls.showPlaying(false);
  }

  togglePlay(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  next(): void {
    this.goTo(this.position + 1);
  }

  previous(): void {
    this.goTo(this.position - 1);
  }

  restart(): void {
    this.playing = true;
    this.goTo(1, true);
  }

  goTo(position: number, force = false): void {
    const target = this.clamp(position);
    if (target === this.position && !force) return;
    const direction = target >= this.position ? 'forward' : 'back';
    clearTimeout(this.turnTimer);
    this.narration.rewind();
    this.position = target;
    this.draw(direction);
    this.parts.onPositionChange(target);
    if (this.playing && target > 0) this.read();
    else if (target === 0) this.pause();
    if (!this.playing) this.announce(target === 0 ? this.parts.labels.cover : formatPageOf(this.parts.labels, target, this.pageCount));
  }

  setSpeed(rate: number): void {
    this.speed = rate;
    this.narration.setRate(rate);
    this.parts.controls.speed.value = String(rate);
  }

  /** The window changed size: the page's text is fitted to its box again. */
  fitText(): void {
    this.stage.fitText();
  }

  destroy(): void {
    clearTimeout(this.turnTimer);
    this.narration.destroy();
  }

  private get pageCount(): number {
    return this.book.pages.length;
  }

  private get page(): StorybookPage | undefined {
    return this.position > 0 ? this.book.pages[this.position - 1] : undefined;
  }

  private clamp(position: number): number {
    return Math.max(0, Math.min(Math.round(position) || 0, this.pageCount));
  }

  /** Reads the current page aloud, or waits for its narration if it is not made yet. */
  private read(): void {
    this.parts.controls.showPlaying(true);
    const page = this.page;
    this.waiting = !page?.audio;
    if (!page?.audio) return;
    this.narration.play(page.audio, this.speed).catch((error: unknown) => {
      // A pause() before playback began interrupts play(); anything else (blocked, broken file) stops reading.
      if ((error as Error)?.name !== 'AbortError') this.pause();
    });
  }

  private pageEnded(): void {
    this.highlight.clear();
    if (!this.playing) return;
    if (this.position >= this.pageCount) {
      this.pause();
      this.announce(this.parts.labels.theEnd);
      return;
    }
    this.turnTimer = setTimeout(() => this.next(), this.parts.pageTurnDelayMs);
  }

  private draw(direction: TurnDirection): void {
    this.stage.draw(this.book, this.position, direction);
  }

  private announce(text: string): void {
    this.parts.announcer.textContent = text;
  }
}
