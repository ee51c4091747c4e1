import type { StoryLength } from '../../pipeline/model';
import { EmbeddedStoryWriter } from '../../pipeline/providers/embedded/writer/embedded-story-writer';
import { generateLongStory } from '../../tests/fixtures/long-story';

/**
 * The stories the benchmarks make books from. They read like real stories, so the planner finds
 * characters, places and moods and the illustrator draws full scenes: the embedded writer's
 * stories (a "long" one is about 1,000 words), and the seeded wandering tale from the test
 * fixtures for the 20,000- and 50,000-word runs.
 */
export const BENCH_PROMPT = 'a bedtime story about a shy dragon who learns to swim, with her friend the old owl';

export async function writtenStory(length: StoryLength, seed = 3, prompt = BENCH_PROMPT): Promise<{ title: string; text: string }> {
  const story = await new EmbeddedStoryWriter().write({ prompt, language: 'en', length, audience: 'children aged 4 to 8', seed });
  return { title: story.title, text: story.text };
}

export function longStory(words: number): string {
  return generateLongStory(words);
}

/** The first `count` paragraphs of a story: one scene each with a paragraph planner. */
export function firstParagraphs(text: string, count: number): string {
  return text.split(/\n\s*\n/).slice(0, count).join('\n\n');
}
