/**
 * What the storybook player shows: plain data, so the same player serves the finished web book
 * (data embedded in index.html) and the web app (a book still being made, refreshed through
 * `player.update(book)`). URLs are relative to the page or absolute; `null` means "not made yet".
 */
export interface StorybookData {
  title: string;
  /** BCP 47 tag of the story's language ("en", "de-AT"); sets `lang` on the text. */
  language: string;
  cover: { picture: string | null; alt: string };
  pages: StorybookPage[];
}

export interface StorybookPage {
  /** The scene's index in the book (0-based). */
  index: number;
  /** The scene text, trimmed. */
  text: string;
  /** When each word is spoken; `start`/`end` are offsets into `text`, in document order. */
  words: StorybookWord[];
  picture: string | null;
  /** Alt text for the picture, from the scene description. */
  alt: string;
  audio: string | null;
  durationMs: number;
}

export interface StorybookWord {
  start: number;
  end: number;
  startMs: number;
  endMs: number;
}
