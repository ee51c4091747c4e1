import { BadInputError, CancelledError } from '../../errors';
import {
  CHARACTER_ITEMS, CHARACTER_KINDS, MOODS, OBJECTS, SEASONS, SETTINGS, StoryPlanSchema, TIMES_OF_DAY, WEATHERS,
} from '../../model';
import type { ScenePlanner, ScenePlannerResult } from '../scene-planner';

/**
 * The behaviour every ScenePlanner must have, as a Jest suite: call it from a test file with a
 * factory for the implementation (embedded, OpenAI against a fake server, …).
 */
export const CONTRACT_STORY = [
  'The Fox and the Lantern\r\n',
  '\r\n',
  'Once upon a time a little fox lived at the edge of a dark forest with her grandmother. Every night she looked at the moon.\r\n',
  '\r\n',
  'One morning the fox found a lantern by the river. "Whose is this?" she asked. "Mine," said an old owl from the tree above.\r\n',
  '\r\n',
  'The next day the fox and the owl carried the lantern to the village, where the children were singing in the snow.\r\n',
  '\r\n',
  'That night the lantern glowed in the window of the little house, and the grandmother told them a story until they fell asleep.',
].join('');
const CONTRACT_BODY_WORDS = CONTRACT_STORY.split('\r\n').slice(2).join(' ').split(/\s+/).filter(Boolean);

export function scenePlannerContract(label: string, makePlanner: () => ScenePlanner | Promise<ScenePlanner>): void {
  describe(`${label} keeps the ScenePlanner contract`, () => {
    let plan: ScenePlannerResult;
    beforeAll(async () => {
      plan = await (await makePlanner()).plan({ text: CONTRACT_STORY, language: 'en' });
    });

    it('names its provider and model', async () => {
      const planner = await makePlanner();
      expect(planner.provider).toMatch(/\S/);
      expect(planner.model).toMatch(/\S/);
    });

    it('returns a plan the schema accepts, with warnings as a list of strings', () => {
      expect(StoryPlanSchema.safeParse(plan).success).toBe(true);
      expect(Array.isArray(plan.warnings) && plan.warnings.every((warning) => typeof warning === 'string')).toBe(true);
      expect(plan.title).toMatch(/\S/);
      expect(plan.language).toBe('en');
    });

    it('covers the story with nothing lost: contiguous scenes, in order, spanning the whole text', () => {
      expect(plan.scenes.length).toBeGreaterThan(0);
      expect(plan.scenes.map((scene) => scene.text).join('')).toBe(plan.text);
      let offset = 0;
      plan.scenes.forEach((scene, index) => {
        expect(scene.index).toBe(index);
        expect(scene.start).toBe(offset);
        expect(scene.text).toBe(plan.text.slice(scene.start, scene.end));
        offset = scene.end;
      });
      expect(offset).toBe(plan.text.length);
      expect(plan.text).not.toMatch(/\r/);
      expect(plan.text.split(/\s+/).filter(Boolean)).toEqual(CONTRACT_BODY_WORDS);
    });

    it('describes scenes with vocabulary keys only', () => {
      for (const { description } of plan.scenes) {
        expect(SETTINGS).toContain(description.setting);
        expect(TIMES_OF_DAY).toContain(description.timeOfDay);
        expect(WEATHERS).toContain(description.weather);
        if (description.season !== null) expect(SEASONS).toContain(description.season);
        expect(MOODS).toContain(description.mood);
        for (const object of description.objects) expect(OBJECTS).toContain(object);
      }
      for (const character of plan.bible.characters) {
        expect(CHARACTER_KINDS).toContain(character.kind);
        if (character.look.item !== null) expect(CHARACTER_ITEMS).toContain(character.look.item);
      }
    });

    it('refers only to characters in the bible, whose ids are unique', () => {
      const ids = plan.bible.characters.map((character) => character.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const scene of plan.scenes) for (const id of scene.description.characters) expect(ids).toContain(id);
      expect(ids).toEqual(expect.arrayContaining(['fox']));
    });

    it('gives every scene an image prompt that forbids words in the picture', () => {
      for (const scene of plan.scenes) expect(scene.imagePrompt).toMatch(/no words or letters/i);
    });

    it('makes the number of scenes asked for', async () => {
      const planned = await (await makePlanner()).plan({ text: CONTRACT_STORY, language: 'en', targetScenes: 2 });
      expect(planned.scenes).toHaveLength(2);
      expect(planned.scenes.map((scene) => scene.text).join('')).toBe(planned.text);
    });

    it('uses a title it is given and keeps the whole text as the story', async () => {
      const planned = await (await makePlanner()).plan({ text: 'A fox met an owl. They became friends.', language: 'en', title: 'Friends' });
      expect(planned.title).toBe('Friends');
      expect(planned.text).toBe('A fox met an owl. They became friends.');
    });

    it('refuses an empty story as bad input, naming the problem', async () => {
      const planner = await makePlanner();
      await expect(planner.plan({ text: ' \n\t ', language: 'en' })).rejects.toThrow('the story is empty');
      const error = await planner.plan({ text: '', language: 'en' }).catch((caught: unknown) => caught);
      expect(BadInputError.isInstance(error)).toBe(true);
    });

    it('stops with CancelledError when its signal has fired', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await (await makePlanner()).plan({ text: CONTRACT_STORY, language: 'en', signal: controller.signal }).catch((caught: unknown) => caught);
      expect(CancelledError.isInstance(error)).toBe(true);
    });
  });
}
