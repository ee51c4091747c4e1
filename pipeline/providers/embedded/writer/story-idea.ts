import type { CharacterKind, Setting } from '../../../model';

/**
 * What a prompt asks for, in language-neutral terms: who the hero is, where they live and what
 * they want. Every language's teller turns the same idea into its own sentences.
 */
export type Goal =
  /** A skill to master: `verb` is the base form with its object ("swim", "ride a bicycle"). */
  | { kind: 'learn'; verb: string }
  /** A fear to overcome: `thing` is what frightens ("the dark", "thunder"), or null for "be brave". */
  | { kind: 'fear'; thing: string | null }
  /** Something to find: `thing` with "{his}" where the hero's pronoun goes. */
  | { kind: 'find'; thing: string; lost: boolean }
  | { kind: 'friend' }
  /** Somewhere to go or something to do once: "see the sea", "go to the moon". */
  | { kind: 'quest'; verb: string };

export interface HeroIdea {
  kind: CharacterKind | null;
  name: string | null;
  adjective: string | null;
  /** From the prompt's pronouns or a given name; null when the prompt does not say. */
  female: boolean | null;
}

export interface StoryIdea {
  hero: HeroIdea;
  /** A second character the prompt names, who becomes the helper. */
  helperKind: CharacterKind | null;
  place: Setting | null;
  goal: Goal | null;
  bedtime: boolean;
}
