import { createArtLibrary, loadParts, readEmojiSubset, type ArtLibrary } from './art-library';
import type { SceneDescription, Scene, StoryBible } from '../../../model';

/**
 * For unit tests: the committed art, with stand-in watercolour textures so builder tests never
 * rasterize anything.
 */
let art: ArtLibrary | undefined;

export function testArt(): ArtLibrary {
  art ??= createArtLibrary(readEmojiSubset(), loadParts(), () => ({ wobble: 'data:image/png;base64,', paper: 'data:image/png;base64,' }));
  return art;
}

export function testScene(description: Partial<SceneDescription> = {}, index = 0): Scene {
  return {
    index,
    text: 'A page.',
    start: 0,
    end: 7,
    description: { setting: 'forest', timeOfDay: 'day', weather: 'clear', season: null, characters: [], objects: [], mood: 'calm', action: 'A page.', ...description },
    imagePrompt: '',
  };
}

export function bibleOf(...characters: { id: string; kind: string; item?: string | null; palette?: string[] }[]): StoryBible {
  return {
    characters: characters.map(({ id, kind, item = null, palette = ['#3b82c4'] }) => ({ id, name: id, kind, aliases: [], look: { palette, clothing: '', item, summary: '' } })),
  };
}
