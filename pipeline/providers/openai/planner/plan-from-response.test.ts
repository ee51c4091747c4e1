import { bibleFromResponse, descriptionFromResponse, scenesAt } from './plan-from-response';
import { nearestPlannedScenes } from './nearest-planned-scene';
import type { PlannedScene } from './plan-response-schema';

const planned: PlannedScene = {
  text: 'x', setting: 'Dark Forest', timeOfDay: 'night', weather: 'clear', season: null,
  characters: ['The Wolf', 'Little Red-Cap', 'Nobody'], objects: ['Basket', 'basket', ' '], mood: 'tense', action: ' ', imagePrompt: 'p',
};

describe('building the plan from the model’s answer', () => {
  it('gives characters slug ids, keeps valid colours only, and falls back to a stable colour', () => {
    const { bible } = bibleFromResponse([
      { name: 'Little Red-Cap', kind: 'Girl', aliases: ['Red-Cap', 'little red-cap'], palette: ['#C8312B', 'red', '#fff'], clothing: 'a red cap', item: 'Red Cap', look: 'a girl in a red cap' },
      { name: 'Wolf', kind: 'wolf', aliases: [], palette: ['grey'], clothing: '', item: null, look: '' },
      { name: 'Wolf', kind: 'wolf', aliases: [], palette: [], clothing: '', item: null, look: '' },
    ]);
    expect(bible.characters.map((character) => character.id)).toEqual(['little-red-cap', 'wolf', 'wolf-2']);
    expect(bible.characters[0]).toMatchObject({ kind: 'girl', aliases: ['Red-Cap'], look: { palette: ['#c8312b', '#ffffff'], item: 'red-cap' } });
    expect(bible.characters[1].look.palette).toEqual(bibleFromResponse([{ name: 'Wolf', kind: 'wolf', aliases: [], palette: [], clothing: '', item: null, look: '' }]).bible.characters[0].look.palette);
    expect(bible.characters[1].look.palette[0]).toMatch(/^#[0-9a-f]{6}$/);
    expect(bible.characters[1].look.summary).toBe('Wolf, ');
  });

  it('turns names into bible ids, drops unknown ones, tidies keys and fills an empty action', () => {
    const { idsByName } = bibleFromResponse([
      { name: 'Little Red-Cap', kind: 'girl', aliases: [], palette: ['#c8312b'], clothing: '', item: null, look: '' },
      { name: 'Wolf', kind: 'wolf', aliases: [], palette: ['#8d939b'], clothing: '', item: null, look: '' },
    ]);
    const description = descriptionFromResponse(planned, idsByName, 'The wolf waited.');
    expect(description).toEqual({ setting: 'forest', timeOfDay: 'night', weather: 'clear', season: null, characters: ['wolf', 'little-red-cap'], objects: ['basket'], mood: 'tense', action: 'The wolf waited.' });
  });

  it('cuts scenes that cover the story exactly, whitespace included', () => {
    const story = 'One fox.\n\nTwo foxes.\n\nThree.';
    const scenes = scenesAt(story, [0, 10, 22], (index) => ({ description: descriptionFromResponse(planned, new Map(), 'a'), imagePrompt: `scene ${index}` }));
    expect(scenes.map((scene) => scene.text).join('')).toBe(story);
    expect(scenes.map((scene) => [scene.start, scene.end])).toEqual([[0, 10], [10, 22], [22, 28]]);
    expect(scenes.every((scene) => story.slice(scene.start, scene.end) === scene.text)).toBe(true);
  });

  it('lends each offline scene the description of the model scene at the same place', () => {
    const plannedTexts = ['a'.repeat(50), 'b'.repeat(30), 'c'.repeat(20)];
    const offline = [{ start: 0, end: 20 }, { start: 20, end: 45 }, { start: 45, end: 70 }, { start: 70, end: 78 }, { start: 78, end: 100 }];
    expect(nearestPlannedScenes(plannedTexts, offline, 100)).toEqual([0, 0, 1, 1, 2]);
  });
});
