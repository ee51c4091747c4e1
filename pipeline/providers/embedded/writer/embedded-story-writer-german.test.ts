import { EmbeddedStoryWriter, looksGerman } from './embedded-story-writer';
import { countWords } from './story-text';

const writer = new EmbeddedStoryWriter();
const input = { prompt: 'eine Gutenachtgeschichte über einen schüchternen Drachen, der schwimmen lernt', language: 'de', length: 'medium' as const, audience: 'Kinder von 4 bis 8 (children)', seed: 1 };

describe('EmbeddedStoryWriter in German', () => {
  it('tells a German prompt in German: the hero, the adjective, the wish and a bedtime ending', async () => {
    const story = await writer.write(input);
    expect(story.warnings).toEqual([]);
    expect(story.title).toMatch(/schwimmen/);
    expect(story.text).toMatch(/ein schüchterner kleiner Drache namens \p{Lu}\p{Ll}+/u);
    expect(story.text).toContain('wollte er schwimmen lernen');
    expect(story.text).toMatch(/schwamm!/);
    expect(story.text).toMatch(/schlief tief und fest ein/);
    expect(story.text.trim().endsWith('Ende.')).toBe(true);
    expect(story.text).not.toMatch(/\b(the|and|who|was)\b/);
  });

  it('carries an English prompt into a German story, and a German prompt into an English one', async () => {
    const german = await writer.write({ ...input, prompt: 'a girl named Mia who lost her kite' });
    expect(german.text).toContain('ihren Papierdrachen');
    expect(german.text).toMatch(/\bMia\b/);
    const english = await writer.write({ ...input, language: 'en' });
    expect(english.text).toMatch(/shy little dragon called \w+/);
    expect(english.text).toContain('wanted to swim');
  });

  it('says so when the wish cannot be carried into German', async () => {
    const story = await writer.write({ ...input, prompt: 'a fox who wants to become a famous astronomer' });
    expect(story.warnings).toEqual(['the wish in the prompt could not be carried into German, so the writer chose another']);
    expect(story.text).toMatch(/Fuchs/);
  });

  it('keeps every length within its bounds across prompts and seeds', async () => {
    const prompts = ['ein Hase, der seine Karotte verloren hat', 'ein Ritter, der Angst vor der Dunkelheit hat', 'ein einsamer Wal', 'eine kleine Maus, die zum Mond fliegen möchte', 'Leo lernt Fahrrad fahren', 'irgendwas'];
    for (const prompt of prompts) {
      for (const seed of [1, 5]) {
        const counts = [];
        for (const length of ['short', 'medium', 'long'] as const) counts.push(countWords((await writer.write({ ...input, prompt, seed, length })).text));
        expect(counts[0]).toBeGreaterThanOrEqual(300);
        expect(counts[2]).toBeLessThanOrEqual(1200);
        expect(counts[0]).toBeLessThan(counts[1]);
        expect(counts[1]).toBeLessThan(counts[2]);
      }
    }
  });

  it('tells German prompts from English ones', () => {
    expect(looksGerman('ein einsamer Wal, der einen Freund sucht')).toBe(true);
    expect(looksGerman('Über die Brücke')).toBe(true);
    expect(looksGerman('a lonely whale who wants a friend')).toBe(false);
  });
});
