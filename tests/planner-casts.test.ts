import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EmbeddedScenePlanner } from '../pipeline/providers/embedded/embedded-scene-planner';
import type { ScenePlannerResult } from '../pipeline/providers/scene-planner';

/**
 * What a reader checks in a plan of a real tale: who is in the story (nobody invented by a simile,
 * a place name or a title, nobody missing, each of the right kind), and that each page is where and
 * when its text says. Tales in tests/fixtures/stories/casts, looked at by hand once; these are the
 * facts a reader found wrong before.
 */
const planner = new EmbeddedScenePlanner();
const FOLDER = path.join(__dirname, 'fixtures', 'stories', 'casts');
const plans = new Map<string, ScenePlannerResult>();

async function plan(file: string): Promise<ScenePlannerResult> {
  if (!plans.has(file)) plans.set(file, await planner.plan({ text: readFileSync(path.join(FOLDER, file), 'utf8'), language: file.split('.').at(-2)! }));
  return plans.get(file)!;
}

const cast = (result: ScenePlannerResult) => result.bible.characters.map((character) => `${character.id}:${character.kind}`);
const sceneWith = (result: ScenePlannerResult, words: string) => result.scenes.find((scene) => scene.text.includes(words))!.description;

describe('the casts of real tales', () => {
  it('The Lighthouse Keeper’s Storm: old Agnes is a grandmother, Pepper her cat, and the waves’ giants are only a simile', async () => {
    const result = await plan('the-lighthouse-keepers-storm.en.txt');
    expect(cast(result)).toEqual(['agnes:grandmother', 'pepper:cat', 'granny-fern:grandmother', 'tom:boy']);
    expect(sceneWith(result, 'One autumn afternoon')).toMatchObject({ timeOfDay: 'day', season: 'autumn' });
    expect(sceneWith(result, 'When night came')).toMatchObject({ timeOfDay: 'night', weather: 'storm' });
    expect(sceneWith(result, 'the storm had passed')).toMatchObject({ timeOfDay: 'day', weather: 'clear' });
    expect(result.scenes.flatMap((scene) => scene.description.objects)).not.toContain('sun');
  });

  it('Willa and the Winter Fire: a dragon called Willa and a boy named Oskar, one character each', async () => {
    const result = await plan('willa-and-the-winter-fire.en.txt');
    expect(cast(result).slice(0, 2)).toEqual(['willa:dragon', 'oskar:boy']);
    expect(cast(result)).not.toContain('dragon:dragon');
    expect(result.bible.characters[0].look.summary).toMatch(/^a purple dragon/);
  });

  it('Der Igel Bramble: ein Igel namens Bramble, and Mutter Moos is the kind old woman, nobody else', async () => {
    const result = await plan('der-igel-bramble.de.txt');
    expect(cast(result).slice(0, 2)).toEqual(['bramble:hedgehog', 'mutter-moos:mother']);
    expect(cast(result).join(' ')).not.toMatch(/frau|wolf|igel:/);
  });

  it('The Three Little Pigs: the pig’s brother is a pig', async () => {
    expect(cast(await plan('three-little-pigs.en.txt'))).toEqual(['pig:pig', 'man:man', 'wolf:wolf', 'brother:pig']);
  });

  it('The Town Musicians of Bremen: Bremen is where they go, and the four companions stay on the page', async () => {
    const result = await plan('town-musicians-of-bremen.en.txt');
    expect(cast(result)).not.toContain('bremen:boy');
    expect(sceneWith(result, 'The four companions').characters).toHaveLength(4);
  });

  it('La ratita presumida: the little mouse is in the story from its first page', async () => {
    const result = await plan('la-ratita-presumida.es.txt');
    const mouse = result.bible.characters.find((character) => character.kind === 'mouse')!;
    expect(result.scenes[0].description.characters).toContain(mouse.id);
  });

  it('La chèvre de monsieur Seguin: monsieur Seguin is a man and Blanquette the goat he named', async () => {
    expect(cast(await plan('la-chevre-de-monsieur-seguin.fr.txt'))).toEqual(['seguin:man', 'blanquette:goat', 'loup:wolf']);
  });

  it('Hansel and Gretel: a snow-white bird brings neither Snow-White nor snow', async () => {
    const result = await plan('hansel-and-gretel.en.txt');
    expect(cast(result).join(' ')).not.toMatch(/snow/);
    expect(result.scenes.map((scene) => scene.description.weather)).not.toContain('snow');
    expect(sceneWith(result, 'as old as the hills').setting).not.toBe('meadow');
  });
});
