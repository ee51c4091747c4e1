import type { SnapshotScene } from '../../shared/book-events';
import { h } from '../dom';
import { excerpt } from '../excerpt';

interface Card {
  element: HTMLElement;
  picture: HTMLElement;
  sound: HTMLElement;
  text: HTMLElement;
  pictureUrl: string | null;
  audioUrl: string | null;
}

/**
 * The pages as cards, updated in place: a card appears when the book is planned, its picture
 * fills in when drawn, its audio player appears when narrated, and nothing already playing is
 * interrupted by a redraw.
 */
export class SceneCards {
  readonly element = h('ol', { className: 'scene-grid', 'aria-label': 'Pages' });
  private readonly cards = new Map<number, Card>();

  /** `stopped`: the book is not being made, so a missing picture or sound is not coming. */
  update(scenes: SnapshotScene[], stopped = false): void {
    this.element.classList.toggle('stopped', stopped);
    for (const scene of scenes) {
      const card = this.cards.get(scene.index) ?? this.add(scene);
      if (card.text.textContent !== excerpt(scene.text)) card.text.textContent = excerpt(scene.text);
      if (scene.pictureUrl !== card.pictureUrl) {
        card.pictureUrl = scene.pictureUrl;
        card.picture.replaceChildren(scene.pictureUrl ? h('img', { src: scene.pictureUrl, alt: scene.description.action, loading: 'lazy' }) : pending('Drawing…', 'Not drawn'));
        card.picture.classList.toggle('pending', !scene.pictureUrl);
        card.element.classList.toggle('has-picture', Boolean(scene.pictureUrl));
      }
      if (scene.audioUrl !== card.audioUrl) {
        card.audioUrl = scene.audioUrl;
        card.sound.replaceChildren(
          scene.audioUrl
            ? h('audio', { controls: true, preload: 'none', src: scene.audioUrl, 'aria-label': `Narration of page ${scene.index + 1}` })
            : pending('Narrating…', 'Not narrated', 'small'),
        );
        card.element.classList.toggle('has-audio', Boolean(scene.audioUrl));
      }
    }
    for (const [index, card] of this.cards) {
      if (!scenes.some((scene) => scene.index === index)) {
        card.element.remove();
        this.cards.delete(index);
      }
    }
  }

  private add(scene: SnapshotScene): Card {
    const picture = h('div', { className: 'scene-picture pending' }, pending('Drawing…', 'Not drawn'));
    const text = h('p', { className: 'scene-text' });
    const sound = h('div', { className: 'scene-sound' }, pending('Narrating…', 'Not narrated', 'small'));
    const element = h('li', { className: 'scene-card', 'data-index': scene.index }, picture, h('div', { className: 'scene-body' }, h('span', { className: 'scene-number' }, `Page ${scene.index + 1}`), text, sound));
    const card: Card = { element, picture, sound, text, pictureUrl: null, audioUrl: null };
    this.cards.set(scene.index, card);
    const following = [...this.cards.keys()].filter((index) => index > scene.index).sort((a, b) => a - b)[0];
    this.element.insertBefore(element, following === undefined ? null : this.cards.get(following)!.element);
    return card;
  }
}

/** Both words are in the page; CSS shows the second once the book has stopped. */
function pending(working: string, stopped: string, size = ''): HTMLElement {
  return h('span', { className: `pending-label ${size}` }, h('span', { className: 'while-working' }, working), h('span', { className: 'when-stopped' }, stopped));
}
