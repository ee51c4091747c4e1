import type { Character } from '../model';
import type { BibleResult, CharacterMention } from './build-story-bible';
import type { CharacterDraft, MentionIndex } from './character-draft';
import { characterLook } from './character-look';
import type { ColourName } from './colours';
import { clearGender } from './guess-kind';
import { kindCharacterName } from './kind-character-name';
import type { Lexicon } from './lexicon';
import { uniqueSlug } from './slug';
import type { Token } from './tokenize';

const MAX_ALIASES = 6;

/** Kinds that are a woman or a man by themselves: true for female, false for male. */
const KIND_GENDERS: Record<string, boolean> = {
  girl: true, woman: true, mother: true, grandmother: true, queen: true, princess: true, witch: true, fairy: true, mermaid: true, hen: true,
  boy: false, man: false, father: false, grandfather: false, king: false, prince: false, wizard: false, rooster: false,
};

/**
 * Turns drafts into bible characters in order of first appearance, with unique ids and fixed
 * looks. A character known only by a kind word said once inside someone's speech ("what do you
 * think I am, a pirate?") is not in the story's cast and is left out.
 */
export interface BibleContext {
  tokens: Token[];
  index: MentionIndex;
  lexicon: Lexicon | null;
  insideQuotation: (at: number) => boolean;
  /** The story's names in lower case, where reading a character's pronouns stops. */
  nameWords: ReadonlySet<string>;
}

export function finishBible(drafts: CharacterDraft[], context: BibleContext): BibleResult {
  const { tokens, index, lexicon, insideQuotation, nameWords } = context;
  const firstSeen = (draft: CharacterDraft) => [...draft.nameUses, ...draft.kindUses].reduce((earliest, use) => Math.min(earliest, use.first), Infinity);
  const present = (draft: CharacterDraft) =>
    draft.nameUses.length > 0 || draft.kindUses.length > 1 || draft.kindUses.some((use) => !insideQuotation(tokens[use.first].start));
  const ordered = drafts.filter(present).sort((first, second) => firstSeen(first) - firstSeen(second));
  const ids = new Set<string>();
  const characters: Character[] = [];
  const mentions: CharacterMention[] = [];
  const named = new Set<string>();
  for (const draft of ordered) {
    if (draft.nameUses.length === 0) draft.name = kindCharacterName(draft.kindWords, draft.kind!, lexicon, draft.name);
    const id = uniqueSlug(draft.name, ids, `character-${characters.length + 1}`);
    const inName = (category: 'colour' | 'item') => draft.nameUses.flatMap((use) => index.inside(use, category)).map((mention) => mention.key);
    const nameColours = unique([...inName('colour'), ...draft.colours]) as ColourName[];
    const kind = draft.kind ?? 'girl';
    const aliases = [...draft.aliases.values()].filter((alias) => alias.toLowerCase() !== draft.name.toLowerCase()).slice(0, MAX_ALIASES);
    if (draft.nameUses.length > 0) named.add(id);
    const character: Character = { id, name: draft.name, kind, aliases, look: characterLook({ name: draft.name, kind, nameColours, nameItems: unique(inName('item')) }) };
    // A girl or a king says it; otherwise only what a named character is clearly called ("the
    // wolf … she" too often means someone else nearby).
    const female = KIND_GENDERS[kind] ?? (lexicon && draft.nameUses.length > 0 ? clearGender(draft.nameUses, tokens, lexicon, nameWords) : null);
    if (female !== null) character.female = female;
    characters.push(character);
    for (const use of [...draft.nameUses, ...draft.kindUses]) mentions.push({ id, start: tokens[use.first].start });
  }
  mentions.sort((first, second) => first.start - second.start);
  return { bible: { characters }, mentions, named };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
