import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COLOURS } from '../pipeline/plan/colours';
import { EmbeddedScenePlanner } from '../pipeline/providers/embedded/embedded-scene-planner';
import type { ScenePlannerResult } from '../pipeline/providers/scene-planner';
import { generateLongStory } from './fixtures/long-story';
import { boundaryProblem, coverageProblems, settingRoute, words } from './planner/scene-boundaries';

const planner = new EmbeddedScenePlanner();
const FIXTURES = path.join(__dirname, 'fixtures', 'stories');
const read = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');

interface Case {
  file: string;
  language: string;
  title: string;
  scenes: [number, number];
  /** Boundaries may fall between words: the text has no full stops. */
  anyWordBoundary?: boolean;
}

const CASES: Case[] = [
  { file: 'little-red-cap.en.txt', language: 'en', title: 'Little Red-Cap', scenes: [8, 14] },
  { file: 'rotkaeppchen.de.txt', language: 'de', title: 'Rotkäppchen', scenes: [7, 12] },
  { file: 'petit-chaperon-rouge.fr.txt', language: 'fr', title: 'Le Petit Chaperon rouge', scenes: [6, 10] },
  { file: 'la-liebre-y-la-tortuga.es.txt', language: 'es', title: 'La liebre y la tortuga', scenes: [4, 7] },
  { file: 'momotaro.ja.txt', language: 'ja', title: '桃太郎', scenes: [4, 8] },
  { file: 'lion-and-mouse.en.txt', language: 'en', title: 'The Lion and the Mouse', scenes: [2, 4] },
  { file: 'the-little-boat.poem.en.txt', language: 'en', title: 'The Little Boat', scenes: [2, 3] },
  { file: 'no-punctuation.en.txt', language: 'en', title: 'once there was a small grey…', scenes: [4, 8], anyWordBoundary: true },
  { file: 'one-huge-paragraph.en.txt', language: 'en', title: 'Agnes', scenes: [5, 9] },
  { file: 'heavy-dialogue.en.txt', language: 'en', title: 'The Borrowed Umbrella', scenes: [3, 6] },
  { file: 'two-sentences.en.txt', language: 'en', title: 'The cat sat by the fire…', scenes: [1, 2] },
];

const plans = new Map<string, ScenePlannerResult>();
beforeAll(async () => {
  for (const { file, language } of CASES) plans.set(file, await planner.plan({ text: read(file), language }));
});

describe.each(CASES)('$file', ({ file, title, scenes, anyWordBoundary }) => {
  it('loses nothing: the scenes cover the story, and its words are the file’s minus the title line', () => {
    const plan = plans.get(file)!;
    expect(coverageProblems(plan)).toEqual([]);
    const raw = read(file);
    const titleLine = raw.startsWith(plan.title) || raw.toLowerCase().startsWith(plan.title.toLowerCase()) ? raw.split('\n', 1)[0] : '';
    expect([...words(titleLine), ...words(plan.text)]).toEqual(words(raw));
    expect(plan.title).toBe(title);
  });

  it(`makes ${scenes[0]} to ${scenes[1]} scenes`, () => {
    const count = plans.get(file)!.scenes.length;
    expect(count).toBeGreaterThanOrEqual(scenes[0]);
    expect(count).toBeLessThanOrEqual(scenes[1]);
  });

  it('never starts a scene inside a sentence or a quotation', () => {
    const plan = plans.get(file)!;
    for (const scene of plan.scenes.slice(1)) {
      if (anyWordBoundary) expect(plan.text[scene.start - 1]).toMatch(/\s/);
      else expect(boundaryProblem(plan.text, scene.start)).toBeNull();
    }
  });
});

describe('sensible plans for real stories', () => {
  it.each(['little-red-cap.en.txt', 'rotkaeppchen.de.txt', 'petit-chaperon-rouge.fr.txt'])('%s goes from home to the forest to grandmother’s house', (file) => {
    const route = settingRoute(plans.get(file)!);
    const home = route.findIndex((setting) => setting === 'village' || setting === 'house');
    const forest = route.indexOf('forest', home);
    const grandmother = route.findIndex((setting, index) => index > forest && (setting === 'house' || setting === 'bedroom'));
    expect({ route, home }).toEqual({ route, home: 0 });
    expect(forest).toBeGreaterThan(home);
    expect(grandmother).toBeGreaterThan(forest);
  });

  it.each([
    ['little-red-cap.en.txt', 'little-red-cap', 'grandmother'],
    ['rotkaeppchen.de.txt', 'rotkappchen', 'grossmutter'],
    ['petit-chaperon-rouge.fr.txt', 'petit-chaperon-rouge', 'mere-grand'],
  ])('%s has Red-Cap in her red cap, the wolf and the grandmother in its bible', (file, heroId, grandmotherId) => {
    const { bible, scenes } = plans.get(file)!;
    const hero = bible.characters.find((character) => character.id === heroId)!;
    expect(hero).toMatchObject({ kind: 'girl', look: { item: 'red-cap' } });
    expect(hero.look.palette[0]).toBe(COLOURS.red);
    expect(bible.characters.find((character) => character.id === grandmotherId)?.kind).toBe('grandmother');
    expect(bible.characters.filter((character) => character.kind === 'wolf')).toHaveLength(1);
    const wolf = bible.characters.find((character) => character.kind === 'wolf')!.id;
    expect(scenes.filter((scene) => scene.description.characters.includes(wolf)).length).toBeGreaterThan(scenes.length / 2);
    expect(scenes[0].description.characters).toContain(heroId);
  });

  it('finds the hare and the tortoise, the meadow and the river in the Spanish fable', () => {
    const plan = plans.get('la-liebre-y-la-tortuga.es.txt')!;
    expect(plan.bible.characters.map((character) => [character.id, character.kind])).toEqual(expect.arrayContaining([['liebre', 'rabbit'], ['tortuga', 'turtle']]));
    expect(settingRoute(plan)).toEqual(expect.arrayContaining(['meadow', 'river']));
  });

  it('gives named characters their kind from the story: a cat called Pepper, Mrs. Okafor, Milo and June', () => {
    const kinds = (file: string) => Object.fromEntries(plans.get(file)!.bible.characters.map((character) => [character.name, character.kind]));
    expect(kinds('one-huge-paragraph.en.txt')).toMatchObject({ Pepper: 'cat', Agnes: 'girl' });
    expect(kinds('heavy-dialogue.en.txt')).toMatchObject({ Milo: 'boy', June: 'girl', 'Mrs. Okafor': 'woman' });
    expect(kinds('heavy-dialogue.en.txt')).not.toHaveProperty('Pirate');
  });

  it('splits Japanese into sentences and says that its scenes get default descriptions', () => {
    const plan = plans.get('momotaro.ja.txt')!;
    expect(plan.warnings.join('\n')).toContain('scene descriptions for "ja" are not available');
    for (const scene of plan.scenes.slice(1)) expect(plan.text.slice(0, scene.start).trimEnd()).toMatch(/[。」]$/);
  });
});

describe('generated long stories', () => {
  it.each([
    [2_500, 12, 20],
    [20_000, 130, 200],
  ])('a %d-word text makes %d to %d scenes of roughly 60 to 150 words, losing nothing', async (length, fewest, most) => {
    const text = generateLongStory(length, length);
    const plan = await planner.plan({ text, language: 'en' });
    expect(coverageProblems(plan)).toEqual([]);
    expect(words(plan.text)).toEqual(words(text));
    expect(plan.scenes.length).toBeGreaterThanOrEqual(fewest);
    expect(plan.scenes.length).toBeLessThanOrEqual(most);
    const sizes = plan.scenes.map((scene) => words(scene.text).length).sort((first, second) => first - second);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeGreaterThanOrEqual(60);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(150);
    for (const scene of plan.scenes.slice(1)) expect(boundaryProblem(plan.text, scene.start)).toBeNull();
  });
});
