import { BadInputError, throwIfCancelled } from '../../../errors';
import { MAX_PROMPT_CHARACTERS, primaryLanguage } from '../../../model';
import type { StoryWriter, StoryWriterInput, WrittenStory } from '../../story-writer';
import { readEnglishPrompt } from './read-english-prompt';
import { createRandom } from './seeded-random';
import { castStory } from './story-cast';
import type { StoryIdea } from './story-idea';
import { storyBody } from './story-text';
import { tellEnglishStory } from './tell-english-story';

/**
 * An offline story writer. It reads the hero, place and wish from the prompt and tells them in a
 * classic story shape (home, a wish, tries that fail, help, success, home again) from a large set
 * of seeded sentence templates, so every seed tells a different story about the same idea.
 */
export class EmbeddedStoryWriter implements StoryWriter {
  readonly provider = 'embedded';
  readonly model = 'story-shapes';

  async write(input: StoryWriterInput): Promise<WrittenStory> {
    throwIfCancelled(input.signal);
    const prompt = checkPrompt(input.prompt);
    const warnings: string[] = [];
    const language = primaryLanguage(input.language);
    if (language !== 'en') warnings.push(`the embedded story writer writes in English only, so this story is in English rather than "${input.language}"`);
    if (!/child|kid|famil|toddler|bedtime|young|baby|school/i.test(input.audience)) {
      warnings.push(`the embedded story writer writes for young children; the audience "${input.audience}" was not taken into account`);
    }
    const idea = readEnglishPrompt(prompt);
    warnings.push(...ideaWarnings(idea));
    const random = createRandom(prompt.toLowerCase(), input.seed);
    const story = tellEnglishStory(castStory(idea, random), random, input.length);
    return { title: story.title, text: storyBody(story.paragraphs), warnings };
  }
}

/** Refuses an empty or over-long prompt with a message that says what to do instead. */
export function checkPrompt(prompt: string): string {
  const trimmed = prompt.replace(/\s+/g, ' ').trim();
  if (!trimmed) throw new BadInputError('the prompt is empty: describe the story you want, for example "a bedtime story about a shy dragon who learns to swim"');
  if (trimmed.length > MAX_PROMPT_CHARACTERS) {
    throw new BadInputError(`the prompt is ${trimmed.length} characters long, and the most a prompt may have is ${MAX_PROMPT_CHARACTERS}: describe the story in a few sentences, or give the whole story as text instead`);
  }
  return trimmed;
}

function ideaWarnings(idea: StoryIdea): string[] {
  const warnings: string[] = [];
  if (!idea.hero.kind && !idea.hero.name) warnings.push('the prompt did not say who the story is about, so the writer chose a hero');
  if (!idea.goal) warnings.push('the prompt did not say what the hero wishes for or struggles with, so the writer chose a wish');
  return warnings;
}
