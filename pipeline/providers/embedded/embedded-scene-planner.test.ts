import { scenePlannerContract } from '../contracts/scene-planner-contract';
import { EmbeddedScenePlanner } from './embedded-scene-planner';

scenePlannerContract('EmbeddedScenePlanner', () => new EmbeddedScenePlanner());

describe('EmbeddedScenePlanner', () => {
  it('is the embedded lexicon planner', () => {
    const planner = new EmbeddedScenePlanner();
    expect([planner.provider, planner.model]).toEqual(['embedded', 'lexicon-planner']);
  });

  it('takes its length limit from the options', async () => {
    const planner = new EmbeddedScenePlanner({ maxCharacters: 20 });
    await expect(planner.plan({ text: 'The fox slept all day long.', language: 'en' })).rejects.toThrow('the story is 27 characters long; the limit is 20');
    await expect(planner.plan({ text: 'The fox slept.', language: 'en' })).resolves.toMatchObject({ text: 'The fox slept.' });
  });

  it('warns when the story is plainly in another language than the one given', async () => {
    const plan = await new EmbeddedScenePlanner().plan({ text: 'Es war einmal ein Wolf, der wohnte im Wald. Er hatte großen Hunger und sprach mit dem Fuchs.', language: 'en' });
    expect(plan.warnings.join('\n')).toContain('the story looks like German ("de") but was planned as "en"');
  });

  it('refuses a language tag that is not one, naming it', async () => {
    await expect(new EmbeddedScenePlanner().plan({ text: 'A fox.', language: 'not a tag!' })).rejects.toThrow('"not a tag!" is not a language tag');
  });
});
