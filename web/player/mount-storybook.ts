/**
 * The storybook player: a cover and one page per scene that can read itself aloud.
 *
 *   const player = mountStorybook(root, book, { speed: 1 });
 *   player.update(newerBook);   // new pages, pictures or audio; the reader keeps their place
 *   player.play(); player.pause(); player.next(); player.previous(); player.restart();
 *   player.goTo(2);             // 0 is the cover, 1…n the pages
 *   player.setSpeed(1.25);
 *   player.destroy();
 *
 * `book` is StorybookData (storybook-data.ts); a page whose `picture` or `audio` is null is shown
 * with a placeholder and, when reached while reading aloud, waits for update() to bring its audio.
 * Keys: space plays/pauses, ←/→ turn pages, Home starts again; swipes turn pages on touch screens.
 * Styles: storybook.css (every class starts with "sb-").
 */
import { createControls } from './controls';
import { element } from './dom';
import { listenToKeys, listenToSwipes } from './gestures';
import { labelsFor, type PlayerLabels } from './player-labels';
import { StorybookPlayerImplementation } from './storybook-player';
import type { StorybookData } from './storybook-data';

export type { StorybookData, StorybookPage, StorybookWord } from './storybook-data';
export type { PlayerLabels } from './player-labels';

export interface StorybookOptions {
  /** Where to open: 0 is the cover (default), 1…n the pages. */
  position?: number;
  /** Choices in the speed menu (default 0.75, 1, 1.25, 1.5) and the one chosen (default 1). */
  speeds?: number[];
  speed?: number;
  /** Replaces any of the control labels (defaults follow the book's language: English or German). */
  labels?: Partial<PlayerLabels>;
  /** The pause between one page's narration ending and the next page turning (default 700 ms). */
  pageTurnDelayMs?: number;
  /** Called after every page turn with the new position. */
  onPositionChange?: (position: number) => void;
}

export interface StorybookPlayer {
  readonly position: number;
  readonly playing: boolean;
  update(book: StorybookData): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  next(): void;
  previous(): void;
  restart(): void;
  goTo(position: number): void;
  setSpeed(rate: number): void;
  destroy(): void;
}

export function mountStorybook(root: HTMLElement, book: StorybookData, options: StorybookOptions = {}): StorybookPlayer {
  const speeds = options.speeds ?? [0.75, 1, 1.25, 1.5];
  const speed = options.speed ?? 1;
  const labels = labelsFor(book.language, options.labels);

  const shell = element('div', 'sb-storybook');
  const stage = element('div', 'sb-stage');
  const announcer = element('div', 'sb-announcer', { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const controls = createControls(labels, speeds.includes(speed) ? speeds : [...speeds, speed].sort((a, b) => a - b), speed);
  shell.append(stage, controls.element, announcer);
  root.replaceChildren(shell);

  const player = new StorybookPlayerImplementation(book, {
    stage,
    announcer,
    controls,
    labels,
    speed,
    position: options.position ?? 0,
    pageTurnDelayMs: options.pageTurnDelayMs ?? 700,
    onPositionChange: options.onPositionChange ?? (() => {}),
  });
  shell.appendChild(player.audio);

  controls.play.addEventListener('click', () => player.togglePlay());
  controls.previous.addEventListener('click', () => player.previous());
  controls.next.addEventListener('click', () => player.next());
  controls.restart.addEventListener('click', () => player.restart());
  controls.speed.addEventListener('change', () => player.setSpeed(Number(controls.speed.value)));
  const stopKeys = listenToKeys(player, root.ownerDocument);
  const stopSwipes = listenToSwipes(stage, player);
  const stopMeasuring = trackControlsHeight(shell, controls.element);
  const refit = () => player.fitText();
  root.ownerDocument.defaultView?.addEventListener('resize', refit);

  return {
    get position() {
      return player.position;
    },
    get playing() {
      return player.playing;
    },
    update: (next) => player.update(next),
    play: () => player.play(),
    pause: () => player.pause(),
    togglePlay: () => player.togglePlay(),
    next: () => player.next(),
    previous: () => player.previous(),
    restart: () => player.restart(),
    goTo: (position) => player.goTo(position),
    setSpeed: (rate) => player.setSpeed(rate),
    destroy: () => {
      stopKeys();
      stopSwipes();
      stopMeasuring();
      root.ownerDocument.defaultView?.removeEventListener('resize', refit);
      player.destroy();
      root.replaceChildren();
    },
  };
}

/**
 * The controls stick to the bottom of the window and cover what scrolls beneath them; the word
 * being read keeps clear of them through this height (storybook.css, scroll-margin-bottom).
 */
function trackControlsHeight(shell: HTMLElement, controls: HTMLElement): () => void {
  const measure = () => shell.style.setProperty('--sb-controls-height', `${Math.ceil(controls.getBoundingClientRect().height)}px`);
  measure();
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(measure);
  observer.observe(controls);
  return () => observer.disconnect();
}
