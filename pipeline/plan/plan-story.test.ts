import { loadLexicon } from './load-lexicon';
import { planStory } from './plan-story';

const english = loadLexicon('en');
const plan = (text: string, extra: Partial<Parameters<typeof planStory>[0]> = {}) => planStory({ text, language: 'en', maxCharacters: 200_000, ...extra }, english);

describe('planStory', () => {
  it('takes the title line off the story it covers', () => {
    const result = plan('The Fox\r\n\r\nThe fox slept in the forest.\r\n\r\nThe owl woke at night.');
    expect(result.title).toBe('The Fox');
    expect(result.text).toBe('The fox slept in the forest.\n\nThe owl woke at night.');
    expect(result.scenes.map((scene) => scene.text).join('')).toBe(result.text);
  });

  it('keeps the whole text when a title is given, and derives one when there is none', () => {
    expect(plan('The Fox\n\nThe fox slept.', { title: '  Given  ' })).toMatchObject({ title: 'Given', text: 'The Fox\n\nThe fox slept.' });
    expect(plan('A small grey fox lived in a hole under the old oak tree.').title).toBe('A small grey fox lived in…');
  });

  it('puts a scene in the sky only when the story goes up into it, and a clock tower in the city', () => {
    const settings = (text: string) => plan(text, { targetScenes: 2 }).scenes.map((scene) => scene.description.setting);
    expect(settings('Jasper walked through the city park at night.\n\nThen Jasper looked up. The night sky was full of stars, and the clouds were silver.')).toEqual(['city', 'city']);
    expect(settings('Jasper walked past the clock tower.\n\nThe balloon rose up into the sky, and Jasper waved.')).toEqual(['city', 'sky']);
  });

  it('sets the time and weather by what the narrator says, not by what someone says', () => {
    const text = 'One autumn afternoon the clouds rolled in. "We will keep the lamp burning," said Agnes, "all night long, whatever the wind does."\n\n"Good night," said Tom.';
    const [first, second] = plan(text, { targetScenes: 2 }).scenes.map((scene) => scene.description);
    expect(first).toMatchObject({ timeOfDay: 'day', weather: 'cloudy' });
    expect(second.timeOfDay).toBe('night');
  });

  it('puts a German story in the sky when it is up among the clouds', () => {
    const result = planStory({ text: 'Hoch oben am Himmel zwischen den Wolken lebte ein kleiner Vogel namens Pip.', language: 'de', maxCharacters: 1_000 }, loadLexicon('de'));
    expect(result.scenes[0].description.setting).toBe('sky');
  });

  it('keeps a story on the beach when it climbs the sand dunes', () => {
    const settings = plan('Mia played on a sandy beach.\n\nThe next day, Mia climbed up to the top of the sand dunes to look far and wide.', { targetScenes: 2 }).scenes.map((scene) => scene.description.setting);
    expect(settings).toEqual(['beach', 'beach']);
  });

  it('ends a bedtime story at night, whatever tomorrow may bring', () => {
    const last = plan('One sunny morning, Alfie played by the old oak tree.\n\nThat night, Alfie went back home. He felt as tall as a tree. Alfie smiled, because tomorrow would be another wonderful day.', { targetScenes: 2 }).scenes[1].description;
    expect(last).toMatchObject({ timeOfDay: 'night', setting: 'house', objects: [] });
  });

  it('warns when asked for more scenes than there are sentences', () => {
    const result = plan('The fox slept. The owl woke.', { targetScenes: 5 });
    expect(result.scenes).toHaveLength(2);
    expect(result.warnings).toContain('the story has only 2 sentences, so it makes 2 scenes, not 5');
  });

  it('describes scenes with default keys and a warning when there is no lexicon', () => {
    const result = planStory({ text: 'Il lupo dorme nel bosco.', language: 'it', maxCharacters: 1_000 }, null);
    expect(result.scenes[0].description).toMatchObject({ setting: 'meadow', timeOfDay: 'day', characters: [] });
    expect(result.warnings[0]).toMatch(/scene descriptions for "it" are not available/);
  });

  it('refuses a number of scenes outside 1 to 60', () => {
    expect(() => plan('The fox slept.', { targetScenes: 61 })).toThrow('the number of scenes must be a whole number from 1 to 60, not 61');
    expect(() => plan('The fox slept.', { targetScenes: 0 })).toThrow('not 0');
  });

  it('refuses a story longer than the limit', () => {
    expect(() => plan('x'.repeat(11), { maxCharacters: 10 })).toThrow('the story is 11 characters long; the limit is 10');
  });
});
