import type { Scene, StoryBible } from '../../model';
import { pictureAltText } from './picture-alt-text';

const bible: StoryBible = {
  characters: [
    { id: 'little-fox', name: 'Little Fox', kind: 'fox', aliases: [], look: { palette: ['#cc6600'], clothing: '', item: null, summary: '' } },
  ],
};

function scene(description: Partial<Scene['description']>, text = 'The fox ran home. Then she slept.'): Scene {
  return {
    index: 0,
    text,
    start: 0,
    end: text.length,
    imagePrompt: '',
    description: { setting: 'forest', timeOfDay: 'night', weather: 'clear', season: null, characters: [], objects: [], mood: 'calm', action: 'The fox ran home', ...description },
  };
}

describe('pictureAltText', () => {
  it('says what happens, who is there and where, for an English book', () => {
    const alt = pictureAltText(scene({ characters: ['little-fox', 'old-owl'], weather: 'rain' }), bible, 'en-GB');
    expect(alt).toBe('The fox ran home. Little Fox and old owl in the forest at night, in the rain.');
  });

  it('puts people on the beach, at sea and by the lake, not "in" them', () => {
    const fox = (setting: string) => pictureAltText(scene({ characters: ['little-fox'], setting, timeOfDay: 'day', action: 'Look!' }), bible, 'en');
    expect(fox('beach')).toBe('Look! Little Fox on the beach by day.');
    expect(fox('sea')).toBe('Look! Little Fox at sea by day.');
    expect(fox('lake')).toBe('Look! Little Fox by the lake by day.');
    expect(fox('space')).toBe('Look! Little Fox in space by day.');
    expect(fox('castle')).toBe('Look! Little Fox in the castle by day.');
  });

  it('describes the place alone when nobody is in the picture', () => {
    expect(pictureAltText(scene({ setting: 'snow-field', timeOfDay: 'dawn', action: 'Morning came!' }), bible, 'en')).toBe('Morning came! The snow field at dawn.');
  });

  it('keeps to the story language for other books', () => {
    const german = scene({ action: 'Der Fuchs lief nach Hause.', characters: ['little-fox'] });
    expect(pictureAltText(german, bible, 'de')).toBe('Der Fuchs lief nach Hause.');
  });

  it('falls back on the first sentence of the scene when the action is empty', () => {
    expect(pictureAltText(scene({ action: '  ' }, '  Es war einmal ein Fuchs. Er schlief.'), bible, 'de')).toBe('Es war einmal ein Fuchs.');
  });
});
