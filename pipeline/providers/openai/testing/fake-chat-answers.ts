import type { PlanResponse } from '../planner/plan-response-schema';

/** The story the planner prompt carries between its markers. */
export function storyInPrompt(content: string): string | null {
  const match = /<story>\n([\s\S]*)\n<\/story>/.exec(content);
  return match ? match[1] : null;
}

/**
 * What a well-behaved model answers to the planning prompt: one scene per paragraph, each
 * paragraph's words copied exactly, a fox in the bible and in every scene.
 */
export function fakePlanAnswer(story: string, exactly: number | null = null): PlanResponse {
  const paragraphs = groups(story, exactly);
  return {
    title: 'The Fox and the Moon',
    characters: [{ name: 'Fox', kind: 'fox', aliases: ['the fox', 'little fox'], palette: ['#c8312b', '#f3f1ea'], clothing: 'a green scarf', item: 'scarf', look: 'a small red fox with a white chest and a green scarf' }],
    scenes: paragraphs.map((text, index) => ({
      text,
      setting: index % 2 === 0 ? 'forest' : 'river',
      timeOfDay: 'night',
      weather: 'clear',
      season: 'autumn',
      characters: ['Fox'],
      objects: ['moon'],
      mood: index === paragraphs.length - 1 ? 'happy' : 'mysterious',
      action: text.split(/(?<=[.!?])\s/)[0],
      imagePrompt: `The fox in scene ${index + 1} looks up at the moon.`,
    })),
  };
}

/** Paragraphs, or, when a count is asked for, that many runs of paragraphs (or sentences). */
function groups(story: string, exactly: number | null): string[] {
  let units = story.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph.length > 0);
  if (exactly === null || exactly === units.length) return units;
  if (exactly > units.length) units = story.split(/(?<=[.!?]["”]?)\s+/).filter((sentence) => sentence.trim().length > 0);
  const count = Math.min(exactly, units.length);
  return Array.from({ length: count }, (_, index) => units.slice(Math.floor((index * units.length) / count), Math.floor(((index + 1) * units.length) / count)).join('\n\n'));
}

/** A story as the writer prompt asks for it: a title line, a blank line, paragraphs. */
export function fakeStoryAnswer(prompt: string): string {
  const idea = /Idea:\s*(.+)/.exec(prompt)?.[1]?.trim() ?? 'a small fox';
  return [
    '# The Fox Who Wanted the Moon',
    '',
    `Once upon a time there was ${idea}. Every night the little fox looked up at the sky.`,
    '',
    'One evening the moon was gone, and the fox set out to find it.',
    '',
    'At last the fox found the moon resting in the river, and carried its light home.',
  ].join('\n');
}
