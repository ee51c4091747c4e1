import { storyWriterContract } from '../../contracts/story-writer-contract';
import { EmbeddedStoryWriter } from './embedded-story-writer';
import { countWords } from './english-grammar';

storyWriterContract('embedded', () => new EmbeddedStoryWriter(), { checkLength: true });

const writer = new EmbeddedStoryWriter();
const input = { prompt: 'a bedtime story about a shy dragon who learns to swim', language: 'en', length: 'medium' as const, audience: 'children aged 4 to 8', seed: 1 };

describe('EmbeddedStoryWriter', () => {
  it('tells the prompt: the hero, the adjective, the wish and a bedtime ending', async () => {
    const story = await writer.write(input);
    expect(story.title).toMatch(/swim/i);
    expect(story.text).toMatch(/shy little dragon called \w+/);
    expect(story.text).toContain('wanted to swim');
    expect(story.text).toMatch(/was swimming!/);
    expect(story.text).toMatch(/fell fast asleep/);
    expect(story.text.trim().endsWith('The end.')).toBe(true);
    expect(story.warnings).toEqual([]);
  });

  it('follows the story shape in order: home, wish, failed tries, low point, help, success, home', async () => {
    const { text } = await writer.write(input);
    const order = ['Once upon a time|there lived|There was once', 'wanted to swim', 'dusk', 'asked a kind voice', 'was swimming', 'tired and happy'];
    const positions = order.map((marker) => text.search(new RegExp(marker)));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('tells the same story for the same seed and a different one for another seed', async () => {
    const first = await writer.write(input);
    expect(await writer.write(input)).toEqual(first);
    const others = await Promise.all([2, 3, 4, 5].map((seed) => writer.write({ ...input, seed })));
    for (const other of others) expect(other.text).not.toEqual(first.text);
    const names = new Set([first, ...others].map((story) => /called (\w+)|named (\w+)/.exec(story.text)!.slice(1).find(Boolean)));
    expect(names.size).toBeGreaterThan(2);
  });

  it('makes longer stories for longer lengths, all within bounds, across many prompts and seeds', async () => {
    const prompts = ['a lonely whale', 'the rabbit who lost his carrot', 'a fox in the forest who wants to see the sea', 'a brave knight who is afraid of the dark', 'Leo wants to ride a bicycle', 'a penguin who dreams of flying', 'anything at all'];
    for (const prompt of prompts) {
      for (const seed of [1, 7, 42]) {
        const counts = [];
        for (const length of ['short', 'medium', 'long'] as const) counts.push(countWords((await writer.write({ ...input, prompt, seed, length })).text));
        expect(counts[0]).toBeGreaterThanOrEqual(300);
        expect(counts[2]).toBeLessThanOrEqual(1200);
        expect(counts[0]).toBeLessThan(counts[1]);
        expect(counts[1]).toBeLessThan(counts[2]);
      }
    }
  });

  it('uses the shared vocabulary so the planner can picture each page', async () => {
    const { text } = await writer.write({ ...input, prompt: 'a curious girl named Mia who lives in a castle and is afraid of the dark' });
    expect(text).toContain('castle');
    expect(text).toMatch(/\b(lantern|moon|stars?)\b/);
    expect(text).toMatch(/\b(night|dusk|dawn)\b/);
    expect(text).toMatch(/\bMia\b/);
    expect(text).toMatch(/\bshe\b/);
  });

  it('finds the lonely friend before making friends, even in a short story', async () => {
    for (const [prompt, language] of [['a little bear who wants a friend', 'en'], ['ein kleiner Bär, der einen Freund sucht', 'de']]) {
      for (const seed of [1, 2, 3]) {
        const { text } = await writer.write({ ...input, prompt, language, seed, length: 'short' });
        const found = text.search(/all alone by|ganz allein bei/);
        const befriended = text.search(/sat down beside the|setzte sich neben/);
        expect({ seed, found: found >= 0, inOrder: found < befriended }).toEqual({ seed, found: true, inOrder: true });
      }
    }
  });

  it('gives a girl who lives by the sea a home on the beach, and a fish one in the sea', async () => {
    const girl = await writer.write({ ...input, prompt: 'a curious girl named Mia who lives by the sea and lost her kite', seed: 2 });
    expect(girl.text).toMatch(/\bbeach\b/);
    expect(girl.text).not.toMatch(/bottom of the sea|sea floor/);
    const fish = await writer.write({ ...input, prompt: 'a little fish who lives in the sea and wants a friend', seed: 2 });
    expect(fish.text).toMatch(/\bsea\b/);
  });

  it('keeps a story under the sea free of grass, hills, birds and butterflies, in English and German', async () => {
    const land = /tall grass|over the hill|last hill|butterfly|squirrel|bumblebee|ladybird|little cart|bird|the bees told|walked on|hohe Gras|Hügel|Wagen|Vogel|Schmetterling|Eichhörnchen|Grashüpfer|Marienkäfer|Bienen erzählten/;
    const prompts = [['a little mermaid who wants to see the moon', 'en'], ['a fish who wants a friend', 'en'], ['an octopus who wants to learn to sing', 'en'], ['eine kleine Meerjungfrau, die den Mond sehen will', 'de'], ['ein Fisch, der einen Freund sucht', 'de'], ['ein Tintenfisch, der singen lernen will', 'de']];
    for (const [prompt, language] of prompts) {
      for (const seed of [1, 2, 3, 4]) {
        const { text } = await writer.write({ ...input, prompt, language, seed, length: 'long' });
        expect({ prompt, seed, land: land.exec(text)?.[0] ?? null }).toEqual({ prompt, seed, land: null });
      }
    }
  });

  it('introduces the place once, then speaks of it as a place the listener knows', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      for (const prompt of ['a girl called Mia who wants to find the moon', 'a lonely goat in a little village', 'a robot in the city who is afraid of the dark']) {
        const { text } = await writer.write({ ...input, prompt, seed, length: 'long' });
        expect(text.match(/\b(in a little village|in a big busy city)\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
        expect(text).not.toMatch(/home was an? [\w ]*\bhome\b/);
      }
    }
  });

  it('warns about what it cannot honour instead of failing', async () => {
    const story = await writer.write({ ...input, prompt: 'something nice', language: 'fr', audience: 'grown-ups who like thrillers' });
    expect(story.warnings).toEqual([
      'the embedded story writer writes in English and German only, so this story is in English rather than "fr"',
      'the embedded story writer writes for young children; the audience "grown-ups who like thrillers" was not taken into account',
      'the prompt did not say who the story is about, so the writer chose a hero',
      'the prompt did not say what the hero wishes for or struggles with, so the writer chose a wish',
    ]);
    expect(countWords(story.text)).toBeGreaterThan(300);
  });
});
