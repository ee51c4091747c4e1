import type { StoryLength } from '../../../model';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** Words asked for by length; the model is told a range, since models count words loosely. */
export const STORY_WORDS: Record<StoryLength, [number, number]> = {
  short: [300, 450],
  medium: [500, 750],
  long: [850, 1150],
};

/** "de" → "German"; an unknown tag is given as it is, which models understand too. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The writer's chat: a title line, a blank line, then paragraphs of plain prose. Plain text rather
 * than JSON, so any OpenAI-compatible server (a small local model too) can answer it.
 */
export function storyMessages(input: { prompt: string; language: string; length: StoryLength; audience: string }): ChatMessage[] {
  const [fewest, most] = STORY_WORDS[input.length];
  const system = [
    `You write stories for ${input.audience}, to be read aloud from an illustrated picture book.`,
    `Write in ${languageName(input.language)}.`,
    `The story is ${fewest} to ${most} words long, in short paragraphs of two to five sentences, with a blank line between paragraphs.`,
    'Give the main characters names, show where each part happens, and end warmly.',
    'Answer with the title on the first line, then a blank line, then the story. No headings, no lists, no notes, no "The End".',
  ].join(' ');
  return [
    { role: 'system', content: system },
    { role: 'user', content: `Idea: ${input.prompt}` },
  ];
}
