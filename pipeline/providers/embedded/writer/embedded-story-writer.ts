import { BadInputError, throwIfCancelled } from '../../../errors';
import { MAX_PROMPT_CHARACTERS, primaryLanguage } from '../../../model';
import type { StoryWriter, StoryWriterInput, WrittenStory } from '../../story-writer';
import { GERMAN_KINDS } from './german-grammar';
import { readEnglishPrompt } from './read-english-prompt';
import { readGermanPrompt } from './read-german-prompt';
import { createRandom } from '../../../seeded-random';
import { castStory, DEFAULT_GOALS, type CastOptions } from './story-cast';
import type { Goal, StoryIdea } from './story-idea';
import { storyBody } from './story-text';
import { tellEnglishStory } from './tell-english-story';
import { tellGermanStory } from './tell-german-story';
import { translateGoal } from './translate-goal';

type Language = 'en' | 'de';
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'German' };

/** In German, a kind without a sex of its own takes its noun's gender: "die Katze … sie". */
const GERMAN_CAST: CastOptions = {
  defaultGoals: DEFAULT_GOALS.map((goal) => translateGoal(goal, 'en', 'de')).filter((goal): goal is Goal => goal !== null),
  naturalFemale: (kind) => ({ f: true, m: false, n: null })[GERMAN_KINDS[kind].gender],
  heroNames: {
    female: ['Pip', 'Lotte', 'Frieda', 'Ida', 'Mila', 'Greta', 'Juna', 'Tilda', 'Nele', 'Paula', 'Rieke', 'Hanna'],
    male: ['Emil', 'Fritz', 'Moritz', 'Ole', 'Hugo', 'Finn', 'Karl', 'Theo', 'Anton', 'Jakob', 'Paul', 'Mats'],
  },
};

/**
 * An offline story writer. It reads the hero, place and wish from the prompt (English or German)
 * and tells them, in English or German, in a classic story shape (home, a wish, tries that fail,
 * help, success, home again) from a large set of seeded sentence templates, so every seed tells a
 * different story about the same idea.
 */
export class EmbeddedStoryWriter implements StoryWriter {
  readonly provider = 'embedded';
  readonly model = 'story-shapes';

  async write(input: StoryWriterInput): Promise<WrittenStory> {
    throwIfCancelled(input.signal);
    const prompt = checkPrompt(input.prompt);
    const warnings: string[] = [];
    const asked = primaryLanguage(input.language);
    const language: Language = asked === 'de' ? 'de' : 'en';
    if (asked !== language) warnings.push(`the embedded story writer writes in English and German only, so this story is in English rather than "${input.language}"`);
    if (!/child|kid|famil|toddler|bedtime|young|baby|school/i.test(input.audience)) {
      warnings.push(`the embedded story writer writes for young children; the audience "${input.audience}" was not taken into account`);
    }
    const promptLanguage: Language = looksGerman(prompt) ? 'de' : 'en';
    const idea = promptLanguage === 'de' ? readGermanPrompt(prompt) : readEnglishPrompt(prompt);
    warnings.push(...ideaWarnings(idea));
    if (idea.goal) {
      const carried = translateGoal(idea.goal, promptLanguage, language);
      if (!carried) warnings.push(`the wish in the prompt could not be carried into ${LANGUAGE_NAMES[language]}, so the writer chose another`);
      idea.goal = carried;
    }
    const random = createRandom(prompt.toLowerCase(), input.seed);
    const story = language === 'de'
      ? tellGermanStory(castStory(idea, random, GERMAN_CAST), random, input.length)
      : tellEnglishStory(castStory(idea, random), random, input.length);
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

/** Whether a prompt is German rather than English, by its most common small words. */
export function looksGerman(prompt: string): boolean {
  const count = (pattern: RegExp) => (prompt.toLowerCase().match(pattern) ?? []).length;
  const german = count(/(?<![\p{L}])(der|die|das|und|ein|eine|einen|einem|einer|über|mit|sich|nicht|lernt|will|möchte|geschichte|ist|hat|sucht|vor|von|im|zum)(?![\p{L}])/gu) + count(/[äöüß]/g);
  const english = count(/\b(the|and|a|an|who|with|about|story|wants|learns|is|has|of|to|in|her|his)\b/g);
  return german > english;
}

function ideaWarnings(idea: StoryIdea): string[] {
  const warnings: string[] = [];
  if (!idea.hero.kind && !idea.hero.name) warnings.push('the prompt did not say who the story is about, so the writer chose a hero');
  if (!idea.goal) warnings.push('the prompt did not say what the hero wishes for or struggles with, so the writer chose a wish');
  return warnings;
}
