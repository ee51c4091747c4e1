import type { Scene, SceneDescription } from '../model';
import type { BibleResult } from './build-story-bible';
import { lowerBound } from './cut-long-units';
import { describeScene } from './describe-scene';
import type { Mention } from './find-mentions';
import type { UnitGroup } from './group-scenes';
import { imagePrompt } from './image-prompt';
import { keySentence } from './key-sentence';
import type { StoryUnit } from './story-unit';

export interface SceneParts {
  text: string;
  units: StoryUnit[];
  groups: UnitGroup[];
  mentions: Mention[];
  cast: BibleResult;
  style: string;
  /** Whether an offset is inside someone's speech; their times and weather do not set the scene's. */
  insideQuotation?: (at: number) => boolean;
}

/** Told in speech ("we will keep the lamp burning all night long", "that rustle is the wind"), these say nothing of the scene unless the narrator says nothing. */
const SPOKEN_ASIDE = new Set<Mention['category']>(['time', 'weather']);

const DESCRIPTIVE = new Set<Mention['category']>(['setting', 'time', 'weather', 'season', 'mood', 'object']);
const DEFAULT_SETTING = 'meadow';

/**
 * Turns unit groups into scenes: exact text and offsets, a description from the lexicon
 * mentions and characters inside each, and the image prompt. One pass over sorted mentions.
 */
export function assembleScenes(parts: SceneParts): Scene[] {
  const descriptive = parts.mentions.filter((mention) => DESCRIPTIVE.has(mention.category));
  const mentionStarts = descriptive.map((mention) => mention.start);
  const characterStarts = parts.cast.mentions.map((mention) => mention.start);
  // A story that opens without naming a place starts where it first goes.
  const firstSetting = descriptive.find((mention) => mention.category === 'setting')?.key ?? DEFAULT_SETTING;
  const scenes: Scene[] = [];
  let previous: SceneDescription | null = null;
  for (const group of parts.groups) {
    const start = parts.units[group.first].start;
    const end = parts.units[group.last - 1].end;
    const inScene = <T>(items: T[], starts: number[]) => items.slice(lowerBound(starts, start), lowerBound(starts, end));
    const action = keySentence(parts.text, parts.units.slice(group.first, group.last), characterStarts, mentionStarts);
    const evidence = {
      mentions: narrated(inScene(descriptive, mentionStarts), parts.insideQuotation),
      characters: inScene(parts.cast.mentions, characterStarts).map((mention) => mention.id),
      action,
    };
    const description = describeScene(evidence, previous, firstSetting);
    scenes.push({
      index: scenes.length,
      text: parts.text.slice(start, end),
      start,
      end,
      description,
      imagePrompt: imagePrompt(description, parts.cast.bible, parts.style),
    });
    previous = description;
  }
  return scenes;
}

/** The scene's mentions without spoken times and weather, for each of the two the narrator names itself. */
function narrated(mentions: Mention[], insideQuotation: ((at: number) => boolean) | undefined): Mention[] {
  if (!insideQuotation) return mentions;
  const spoken = (mention: Mention) => SPOKEN_ASIDE.has(mention.category) && insideQuotation(mention.start);
  const narratorNames = new Set(mentions.filter((mention) => !spoken(mention)).map((mention) => mention.category));
  return mentions.filter((mention) => !spoken(mention) || !narratorNames.has(mention.category));
}
