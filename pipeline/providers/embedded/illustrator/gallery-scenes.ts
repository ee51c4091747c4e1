import type { Scene, SceneDescription, StoryBible } from '../../../model';

/**
 * A small cast and a handful of scenes that exercise the illustrator: used by the gallery script
 * (to look at the pictures) and by tests (to compare them).
 */
export const GALLERY_BIBLE: StoryBible = {
  characters: [
    { id: 'red-cap', name: 'Little Red Cap', kind: 'girl', aliases: [], look: { palette: ['#3b82c4', '#d62e3a'], clothing: 'a blue dress', item: 'red-cap', summary: 'a little girl with a red cap' } },
    { id: 'wolf', name: 'the Wolf', kind: 'wolf', aliases: [], look: { palette: ['#5b5f6e'], clothing: '', item: null, summary: 'a grey wolf' } },
    { id: 'king', name: 'the King', kind: 'king', aliases: [], look: { palette: ['#c0392b', '#f2c230'], clothing: 'a red robe', item: 'cape', summary: 'a kind old king' } },
    { id: 'queen', name: 'the Queen', kind: 'queen', aliases: [], look: { palette: ['#7b4bb7'], clothing: 'a purple gown', item: 'necklace', summary: 'a smiling queen' } },
    { id: 'tom', name: 'Tom', kind: 'boy', aliases: [], look: { palette: ['#2f9e5a'], clothing: 'a green jumper', item: 'scarf', summary: 'a boy in a green jumper' } },
    { id: 'grandmother', name: 'Grandmother', kind: 'grandmother', aliases: [], look: { palette: ['#8e5bd0'], clothing: 'a lilac shawl', item: 'glasses', summary: 'a kind grandmother' } },
    { id: 'captain', name: 'the Captain', kind: 'sailor', aliases: [], look: { palette: ['#1f3a68'], clothing: 'a navy coat', item: null, summary: 'an old sea captain' } },
    { id: 'cat', name: 'Whiskers', kind: 'cat', aliases: [], look: { palette: ['#f2a93b'], clothing: '', item: 'bow-tie', summary: 'a ginger cat' } },
    { id: 'goat', name: 'Billy', kind: 'goat', aliases: [], look: { palette: ['#e8e0c8'], clothing: '', item: 'bell', summary: 'a little goat' } },
    { id: 'astronaut', name: 'Ada', kind: 'astronaut', aliases: [], look: { palette: ['#e8e8f0'], clothing: 'a space suit', item: null, summary: 'a brave astronaut' } },
    { id: 'dragon', name: 'Ember', kind: 'dragon', aliases: [], look: { palette: ['#2fa36b'], clothing: '', item: 'scarf', summary: 'a shy green dragon' } },
  ],
};

const describe = (setting: string, timeOfDay: SceneDescription['timeOfDay'], characters: string[], objects: string[], extra: Partial<SceneDescription> = {}): SceneDescription => ({
  setting, timeOfDay, weather: 'clear', season: null, characters, objects, mood: 'calm', action: '', ...extra,
});

export const GALLERY_DESCRIPTIONS: { name: string; description: SceneDescription }[] = [
  { name: 'night-forest-wolf', description: describe('forest', 'night', ['red-cap', 'wolf'], ['basket'], { mood: 'mysterious' }) },
  { name: 'sunny-castle-king-queen', description: describe('castle', 'day', ['king', 'queen'], ['crown'], { mood: 'happy', season: 'summer' }) },
  { name: 'rainy-village', description: describe('village', 'day', ['tom', 'cat'], ['umbrella'], { weather: 'rain', season: 'autumn', mood: 'sad' }) },
  { name: 'snowy-mountain', description: describe('mountain', 'day', ['goat', 'tom'], [], { weather: 'snow', season: 'winter', mood: 'exciting' }) },
  { name: 'bedroom-at-night', description: describe('bedroom', 'night', ['tom', 'grandmother'], ['book', 'candle'], { mood: 'cosy' }) },
  { name: 'sea-ship-dusk', description: describe('sea', 'dusk', ['captain'], ['sailboat'], { mood: 'calm' }) },
  { name: 'kitchen', description: describe('kitchen', 'day', ['grandmother', 'cat'], ['cake', 'teapot'], { mood: 'happy' }) },
  { name: 'space', description: describe('space', 'night', ['astronaut'], ['rocket', 'star'], { mood: 'exciting' }) },
  { name: 'autumn-meadow-dawn', description: describe('meadow', 'dawn', ['dragon', 'red-cap'], ['kite'], { season: 'autumn', weather: 'wind', mood: 'happy' }) },
];

export function galleryScene(index: number, description: SceneDescription): Scene {
  return { index, text: '', start: 0, end: 0, description, imagePrompt: '' };
}
