import { MAX_STORY_CHARACTERS, primaryLanguage } from '../../model';
import { guessLanguage } from '../../plan/guess-language';
import { loadAllLexicons, loadLexicon } from '../../plan/load-lexicon';
import { planStory } from '../../plan/plan-story';
import type { ScenePlanner, ScenePlannerInput, ScenePlannerResult } from '../scene-planner';

export interface EmbeddedScenePlannerOptions {
  /** Longest story accepted, in characters after normalization. */
  maxCharacters?: number;
}

/**
 * The offline planner: splits with Intl.Segmenter, describes scenes from the lexicons in
 * assets/lexicon, derives the story bible from names and kind words. Deterministic and fast
 * (a 50,000-word story plans in well under a second), so it runs on the calling thread.
 */
export class EmbeddedScenePlanner implements ScenePlanner {
  readonly provider = 'embedded';
  readonly model = 'lexicon-planner';
  private readonly maxCharacters: number;

  constructor(options: EmbeddedScenePlannerOptions = {}) {
    this.maxCharacters = options.maxCharacters ?? MAX_STORY_CHARACTERS;
  }

  async plan(input: ScenePlannerInput): Promise<ScenePlannerResult> {
    const language = primaryLanguage(input.language);
    const result = planStory({ ...input, maxCharacters: this.maxCharacters }, loadLexicon(language));
    const lexicons = loadAllLexicons();
    const guessed = guessLanguage(result.text, lexicons);
    if (guessed && guessed !== language) {
      const guessedName = lexicons.find((lexicon) => lexicon.language === guessed)?.name ?? guessed;
      result.warnings.push(`the story looks like ${guessedName} ("${guessed}") but was planned as "${input.language}"; scene descriptions may be poor`);
    }
    return result;
  }
}
