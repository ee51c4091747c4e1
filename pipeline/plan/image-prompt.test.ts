import type { SceneDescription, StoryBible } from '../model';
import { imagePrompt } from './image-prompt';

const bible: StoryBible = {
  characters: [{ id: 'wolf', name: 'Wolf', kind: 'wolf', aliases: [], look: { palette: ['#8d939b'], clothing: 'grey fur', item: null, summary: 'a grey wolf' } }],
};
const description: SceneDescription = { setting: 'forest', timeOfDay: 'night', weather: 'snow', season: 'winter', characters: ['wolf'], objects: ['lantern'], mood: 'scary', action: 'The wolf howled.' };

describe('imagePrompt', () => {
  it('says the style, setting, time, weather, season, characters with their looks, objects, action and mood', () => {
    expect(imagePrompt(description, bible, 'watercolour')).toBe(
      "A soft watercolour illustration for a children's book of a forest, at night, snow falling, in winter. Characters: Wolf, a grey wolf. Also in the picture: lantern. What happens: \"The wolf howled.\" Mood: scary. No words or letters in the picture.",
    );
  });

  it('takes an unknown style and setting as words, and leaves out what is empty', () => {
    const prompt = imagePrompt({ ...description, setting: 'volcano', characters: [], objects: [], season: null }, bible, 'crayon');
    expect(prompt).toMatch(/^A crayon illustration for a children's book of a volcano, at night, snow falling\. What happens/);
    expect(prompt).not.toContain('Characters');
  });
});
