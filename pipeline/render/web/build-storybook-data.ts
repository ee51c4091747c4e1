import type { Manifest, NarrationRecord, PictureRecord, WordTiming } from '../../model';
import type { StorybookData, StorybookWord } from '../../../web/player/storybook-data';
import { pictureAltText } from './picture-alt-text';

/** Where the player finds a scene's files: the web book's own folder, or the server's file URLs. */
export interface StorybookUrls {
  picture(record: PictureRecord, index: number): string;
  audio(record: NarrationRecord, index: number): string;
}

/** Word timings moved from the scene text to its trimmed text; words outside it are dropped. */
export function trimWords(text: string, words: readonly WordTiming[]): { text: string; words: StorybookWord[] } {
  const trimmed = text.trim();
  const leading = text.length - text.trimStart().length;
  const moved: StorybookWord[] = [];
  for (const word of words) {
    const start = word.start - leading;
    const end = word.end - leading;
    if (start < 0 || end > trimmed.length || end <= start) continue;
    moved.push({ start, end, startMs: word.startMs, endMs: Math.max(word.startMs, word.endMs) });
  }
  return { text: trimmed, words: moved };
}

/**
 * The player's view of a book. Works on a book still being made: a scene whose picture or
 * narration is not recorded yet gets `null`, and the player shows a placeholder.
 */
export function buildStorybookData(manifest: Manifest, urls: StorybookUrls): StorybookData {
  const pages = manifest.scenes.map((scene, index) => {
    const steps = manifest.steps.scenes[index];
    const picture = steps?.picture ?? null;
    const narration = steps?.narration ?? null;
    const { text, words } = trimWords(scene.text, narration?.words ?? []);
    return {
      index: scene.index,
      text,
      words,
      picture: picture ? urls.picture(picture, index) : null,
      alt: pictureAltText(scene, manifest.bible, manifest.language),
      audio: narration ? urls.audio(narration, index) : null,
      durationMs: narration?.durationMs ?? 0,
    };
  });
  const first = pages[0];
  return {
    title: manifest.title?.trim() || 'Untitled story',
    language: manifest.language,
    cover: { picture: first?.picture ?? null, alt: first?.alt ?? '' },
    pages,
  };
}
