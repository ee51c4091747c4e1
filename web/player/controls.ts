import { element, icon, ICONS, textElement } from './dom';
import type { PlayerLabels } from './player-labels';

export interface Controls {
  element: HTMLElement;
  play: HTMLButtonElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
  restart: HTMLButtonElement;
  speed: HTMLSelectElement;
  /** "Page 2 of 5" (visible), updated on every page turn. */
  position: HTMLElement;
  showPlaying(playing: boolean): void;
}

function iconButton(className: string, label: string, path: string): HTMLButtonElement {
  const button = element('button', `sb-button ${className}`, { type: 'button', 'aria-label': label, title: label });
  button.appendChild(icon(path));
  return button;
}

/** The control bar: restart, previous, play/pause, next, the page number and the speed choice. */
export function createControls(labels: PlayerLabels, speeds: readonly number[], speed: number): Controls {
  const bar = element('div', 'sb-controls', { role: 'group', 'aria-label': labels.controls });
  const restart = iconButton('sb-restart', labels.restart, ICONS.restart);
  const previous = iconButton('sb-previous', labels.previous, ICONS.previous);
  const play = iconButton('sb-play', labels.play, ICONS.play);
  const next = iconButton('sb-next', labels.next, ICONS.next);
  const position = element('span', 'sb-position');

  const speedLabel = element('label', 'sb-speed');
  speedLabel.appendChild(textElement('span', 'sb-speed-name', labels.speed));
  const select = element('select', 'sb-speed-select');
  for (const choice of speeds) {
    const option = textElement('option', '', `${choice}×`);
    option.value = String(choice);
    option.selected = choice === speed;
    select.appendChild(option);
  }
  speedLabel.appendChild(select);

  bar.append(restart, previous, play, next, position, speedLabel);

  return {
    element: bar,
    play,
    previous,
    next,
    restart,
    speed: select,
    position,
    showPlaying(playing: boolean) {
      const label = playing ? labels.pause : labels.play;
      play.setAttribute('aria-label', label);
      play.title = label;
      play.replaceChildren(icon(playing ? ICONS.pause : ICONS.play));
    },
  };
}
