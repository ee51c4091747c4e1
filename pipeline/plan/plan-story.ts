import { BadInputError, throwIfCancelled } from '../errors';
import { LanguageTagSchema, type StoryPlan } from '../model';
import { assembleScenes } from './assemble-scenes';
import { buildStoryBible } from './build-story-bible';
import { cutLongUnits } from './cut-long-units';
import { deriveTitle } from './derive-title';
import { literalMentions } from './figurative-mentions';
import { findMentions } from './find-mentions';
import { findNames } from './find-names';
import { findTitle } from './find-title';
import { groupScenes } from './group-scenes';
import { LEXICON_LANGUAGES, type Lexicon } from './lexicon';
import { normalizeStory } from './normalize-story';
import { insideTest } from './quotation-spans';
import { defaultSceneCount, wordsPerScene } from './scene-count';
import { sceneChangeCue } from './scene-change-cue';
import { sentenceUnits } from './sentence-units';
import { tokenize } from './tokenize';

export interface PlanStoryInput {
  text: string;
  language: string;
  title?: string;
  targetScenes?: number;
  style?: string;
  maxCharacters: number;
  signal?: AbortSignal;
}

export interface PlanStoryResult extends StoryPlan {
  warnings: string[];
}

// A sentence longer than this many scenes' worth of words is cut (a text without full stops).
const LONGEST_UNIT_IN_SCENES = 1.6;

/**
 * The embedded planner's whole work, without touching the disk: normalize, take off the title,
 * cut into sentence units, group them into scenes, find characters, describe every scene.
 * `lexicon` is null for languages without one: scenes still split, descriptions are defaults.
 */
export function planStory(input: PlanStoryInput, lexicon: Lexicon | null): PlanStoryResult {
  const tag = LanguageTagSchema.safeParse(input.language);
  if (!tag.success) throw new BadInputError(`"${input.language}" is not a language tag (try "en", "de", "fr", "es" or "ja")`);
  const language = tag.data;
  const target = input.targetScenes;
  if (target !== undefined && (!Number.isInteger(target) || target < 1 || target > 60)) throw new BadInputError(`the number of scenes must be a whole number from 1 to 60, not ${target}`);
  throwIfCancelled(input.signal);
  const normalized = normalizeStory(input.text, input.maxCharacters);
  const givenTitle = input.title?.trim();
  const found = givenTitle ? { title: givenTitle, bodyStart: 0 } : findTitle(normalized);
  const body = normalized.slice(found.bodyStart);
  const warnings: string[] = [];

  const split = sentenceUnits(body, { language, abbreviations: lexicon?.abbreviations ?? new Set(), isCue: sceneChangeCue(lexicon) });
  const totalWords = split.units.reduce((sum, unit) => sum + unit.words, 0);
  const sceneWords = wordsPerScene(totalWords);
  const cut = cutLongUnits(body, split.units, split.weakBreaks, split.wordStarts, LONGEST_UNIT_IN_SCENES * sceneWords, sceneWords / 2);
  if (cut.weakestCut === 'clause' || cut.weakestCut === 'abbreviation' || cut.weakestCut === 'word') {
    warnings.push('some sentences are very long (the story has few full stops), so a few scenes break inside a sentence');
  } else if (cut.weakestCut === 'inner') {
    warnings.push('some quotations are longer than a scene, so a few scenes break inside a quotation');
  }
  const units = cut.units;
  const wanted = input.targetScenes ?? defaultSceneCount(totalWords);
  if (wanted > units.length) warnings.push(`the story has only ${units.length} sentence${units.length === 1 ? '' : 's'}, so it makes ${units.length} scene${units.length === 1 ? '' : 's'}, not ${wanted}`);
  const groups = groupScenes(units, wanted);
  throwIfCancelled(input.signal);

  const sentenceStarts = [...units.map((unit) => unit.start), ...split.weakBreaks.filter((weak) => weak.kind === 'line' || weak.kind === 'inner').map((weak) => weak.at)].sort((first, second) => first - second);
  const tokens = tokenize(body, sentenceStarts);
  const allMentions = lexicon ? findMentions(tokens, lexicon) : [];
  // Names are told from kinds by every lexicon phrase; the scenes see only what is really there.
  const names = findNames(body, tokens, allMentions, lexicon);
  const mentions = lexicon ? literalMentions(allMentions, body, tokens, lexicon) : [];
  const insideQuotation = insideTest(split.quotations);
  const cast = buildStoryBible(body, tokens, mentions, names, lexicon, insideQuotation);
  const scenes = assembleScenes({ text: body, units, groups, mentions, cast, style: input.style ?? 'picture-book', insideQuotation });
  if (!lexicon) warnings.push(`scene descriptions for "${language}" are not available (lexicons exist for ${LEXICON_LANGUAGES.join(', ')}), so every picture shows a default scene`);

  const firstSentence = body.slice(units[0].start, units[0].end);
  const title = found.title ?? deriveTitle(firstSentence, cast.bible, cast.mentions, cast.named);
  return { title, language, text: body, scenes, bible: cast.bible, warnings };
}
