/** The words the player's controls say, per interface language. */
export interface PlayerLabels {
  play: string;
  pause: string;
  readToMe: string;
  previous: string;
  next: string;
  restart: string;
  speed: string;
  cover: string;
  /** "Page {page} of {pages}" */
  pageOf: string;
  pictureComing: string;
  narrationComing: string;
  theEnd: string;
  controls: string;
}

const ENGLISH: PlayerLabels = {
  play: 'Play',
  pause: 'Pause',
  readToMe: 'Read to me',
  previous: 'Previous page',
  next: 'Next page',
  restart: 'Start again',
  speed: 'Speed',
  cover: 'Cover',
  pageOf: 'Page {page} of {pages}',
  pictureComing: 'The picture is on its way…',
  narrationComing: 'The narration for this page is still being made. It will start as soon as it is ready.',
  theEnd: 'The end',
  controls: 'Storybook controls',
};

const GERMAN: PlayerLabels = {
  play: 'Vorlesen',
  pause: 'Pause',
  readToMe: 'Lies mir vor',
  previous: 'Vorige Seite',
  next: 'Nächste Seite',
  restart: 'Von vorn',
  speed: 'Tempo',
  cover: 'Titelseite',
  pageOf: 'Seite {page} von {pages}',
  pictureComing: 'Das Bild ist unterwegs …',
  narrationComing: 'Die Lesung dieser Seite entsteht noch. Sie beginnt, sobald sie fertig ist.',
  theEnd: 'Ende',
  controls: 'Bedienung des Buchs',
};

/** Labels in the book's language where we have them, English otherwise; `overrides` win. */
export function labelsFor(language: string, overrides: Partial<PlayerLabels> = {}): PlayerLabels {
  const base = language.toLowerCase().split('-')[0] === 'de' ? GERMAN : ENGLISH;
  return { ...base, ...overrides };
}

export function formatPageOf(labels: PlayerLabels, page: number, pages: number): string {
  return labels.pageOf.replace('{page}', String(page)).replace('{pages}', String(pages));
}
