import type { StoryBible } from '../model';
import { appositionFinder } from './appositive-kind';
import { MentionIndex, newDraft, type CharacterDraft, type Range } from './character-draft';
import type { Mention } from './find-mentions';
import type { NameUse } from './find-names';
import { finishBible } from './finish-bible';
import { guessPersonKind } from './guess-kind';
import { KIND_LOOKS } from './kind-looks';
import { capitalize, type Lexicon } from './lexicon';
import type { Token } from './tokenize';

/** A place in the text where a character is named, by bible id. */
export interface CharacterMention {
  id: string;
  start: number;
}

export interface BibleResult {
  bible: StoryBible;
  /** Every naming of every character, in text order. */
  mentions: CharacterMention[];
  /** Ids of the characters that have a proper name (not just a kind, like "the wolf"). */
  named: Set<string>;
}

/**
 * The story bible: named characters (well-known names from the lexicon and recurring proper
 * names), then characters known only by their kind ("the wolf"). A kind word joins the named
 * character of that kind when there is one ("a dear little girl" is Little Red-Cap).
 */
export function buildStoryBible(text: string, tokens: Token[], mentions: Mention[], names: NameUse[], lexicon: Lexicon | null, insideQuotation: (at: number) => boolean): BibleResult {
  const drafts = new Map<string, CharacterDraft>();
  const draftFor = (words: string[], name: string) => {
    const key = words.join(' ');
    let draft = drafts.get(key);
    if (!draft) drafts.set(key, (draft = newDraft(name, words, null)));
    // "un petit chaperon rouge" first, "le Petit Chaperon rouge" later: the capitalized use names her.
    if (/^\p{Ll}/u.test(draft.name) && /^\p{Lu}/u.test(name)) draft.name = name;
    return draft;
  };
  for (const mention of mentions) {
    if (mention.category !== 'name') continue;
    const draft = draftFor(wordsOf(tokens, mention), text.slice(mention.start, mention.end));
    draft.kind ??= mention.key;
    draft.nameUses.push(mention);
  }
  for (const name of names) draftFor(name.words, name.name).nameUses.push(...name.uses);
  const named = mergeContainedNames([...drafts.values()]);

  const index = new MentionIndex(mentions);
  const appositiveKind = appositionFinder(text, tokens, mentions, lexicon);
  const nameWords = new Set(named.flatMap((draft) => draft.words));
  for (const draft of named) {
    const apposition = appositiveKind(draft.nameUses);
    if (apposition?.colour) draft.colours.push(apposition.colour);
    draft.kind ??= kindInName(draft.words, lexicon) ?? apposition?.kind ?? guessPersonKind(draft.name, draft.nameUses, tokens, lexicon, nameWords);
  }

  const taken = new Set<number>();
  const nameEndingAt = new Map<number, CharacterDraft>();
  for (const draft of named) {
    for (const use of draft.nameUses) {
      for (let index = use.first; index < use.last; index++) taken.add(index);
      nameEndingAt.set(use.last, draft);
    }
  }
  const kindOnly = new Map<string, CharacterDraft>();
  const animalLead = animalLeadKind(mentions, named, taken);
  for (const mention of mentions) {
    if (mention.category !== 'kind' || taken.has(mention.first)) continue;
    const word = text.slice(mention.start, mention.end).toLowerCase();
    // "the little pig ran away to his brother": kin of an animal lead are that animal too; kin
    // of a named character ("Oskar's grandmother") are of that character's kind.
    const possessor = mention.first > 1 && tokens[mention.first - 1].lower === 's' ? nameEndingAt.get(mention.first - 1) : undefined;
    const kinOf = possessor ? (possessor.kind && KIND_LOOKS[possessor.kind]?.animal ? possessor.kind : null) : animalLead;
    const kin = kinOf && mention.key !== kinOf && lexicon?.relationWords.has(word) ? kinOf : null;
    const target = kin
      ? kindDraft(kindOnly, `${mention.key}>${kin}`, lexicon, kin)
      : (describedName(text, tokens, mention, nameEndingAt, lexicon) ?? mostUsed(named.filter((draft) => draft.kind === mention.key)) ?? kindDraft(kindOnly, mention.key, lexicon));
    target.kindUses.push(mention);
    target.kindWords.set(word, (target.kindWords.get(word) ?? 0) + 1);
    const surface = withArticle(text, tokens, mention, lexicon);
    if (!target.aliases.has(surface.toLowerCase())) target.aliases.set(surface.toLowerCase(), surface);
  }
  return finishBible([...named, ...kindOnly.values()], { tokens, index, lexicon, insideQuotation, nameWords });
}

/**
 * The named character a kind word describes right after the name: "Mutter Moos, einer
 * freundlichen alten Frau", "Agnes, an old woman who…": a comma, an article and at most three
 * words before the kind word. That woman is Mutter Moos, not someone else.
 */
function describedName(text: string, tokens: Token[], mention: Mention, nameEndingAt: Map<number, CharacterDraft>, lexicon: Lexicon | null): CharacterDraft | undefined {
  if (!lexicon) return undefined;
  for (let article = mention.first - 1; article >= 1 && article >= mention.first - 4; article--) {
    if (!tokens[article + 1].joined) return undefined;
    if (!lexicon.articles.has(tokens[article].lower)) continue;
    const owner = nameEndingAt.get(article);
    return owner && /^,[ \u00a0]+$/.test(text.slice(tokens[article - 1].end, tokens[article].start)) ? owner : undefined;
  }
  return undefined;
}

/**
 * The kind a name says, by its last kind word, the head of the name: "King Thrushbeard" is a
 * king, "Father Bear" a bear, "Mr. Fox" a fox. Words like "bear" need no article here.
 */
function kindInName(words: string[], lexicon: Lexicon | null): string | null {
  let kind: string | null = null;
  for (const word of words) {
    const entry = lexicon?.byFirstToken.get(word)?.find((candidate) => candidate.category === 'kind' && candidate.tokens.length === 1);
    if (entry) kind = entry.key;
  }
  return kind;
}

function wordsOf(tokens: Token[], range: Range): string[] {
  return tokens.slice(range.first, range.last).map((token) => token.lower);
}

/** "Red-Cap" inside "Little Red-Cap", "Caperucita" inside "Caperucita Roja": one character. */
function mergeContainedNames(drafts: CharacterDraft[]): CharacterDraft[] {
  const sorted = drafts.sort((first, second) => second.words.length - first.words.length || second.nameUses.length - first.nameUses.length);
  const kept: CharacterDraft[] = [];
  for (const draft of sorted) {
    const containers = kept.filter((longer) => longer.words.length > draft.words.length && containsRun(longer.words, draft.words));
    const into = mostUsed(containers);
    if (!into) {
      kept.push(draft);
      continue;
    }
    into.nameUses.push(...draft.nameUses);
    into.kind ??= draft.kind;
    into.aliases.set(draft.name.toLowerCase(), draft.name);
  }
  return kept;
}

function containsRun(longer: string[], shorter: string[]): boolean {
  for (let start = 0; start + shorter.length <= longer.length; start++) {
    if (shorter.every((word, offset) => longer[start + offset] === word)) return true;
  }
  return false;
}

function mostUsed(drafts: CharacterDraft[]): CharacterDraft | undefined {
  return drafts.reduce<CharacterDraft | undefined>((best, draft) => (!best || draft.nameUses.length > best.nameUses.length ? draft : best), undefined);
}

function kindDraft(kindOnly: Map<string, CharacterDraft>, key: string, lexicon: Lexicon | null, kind = key): CharacterDraft {
  let draft = kindOnly.get(key);
  if (!draft) kindOnly.set(key, (draft = newDraft(lexicon?.kindNames.get(kind) ?? capitalize(kind), [], kind)));
  return draft;
}

/** The kind of the story's most mentioned character, when that is an animal (a pig, a bear); null for people. */
function animalLeadKind(mentions: Mention[], named: CharacterDraft[], taken: Set<number>): string | null {
  const uses = new Map<string, number>();
  for (const draft of named) if (draft.kind) uses.set(draft.kind, (uses.get(draft.kind) ?? 0) + draft.nameUses.length);
  for (const mention of mentions) if (mention.category === 'kind' && !taken.has(mention.first)) uses.set(mention.key, (uses.get(mention.key) ?? 0) + 1);
  let lead: string | null = null;
  for (const [kind, count] of uses) if (lead === null || count > uses.get(lead)!) lead = kind;
  return lead && KIND_LOOKS[lead]?.animal ? lead : null;
}

/** "the wolf", "der Wolf": the kind word with the article before it, as the story writes it. */
function withArticle(text: string, tokens: Token[], mention: Mention, lexicon: Lexicon | null): string {
  const before = tokens[mention.first - 1];
  const start = before && tokens[mention.first].joined && lexicon?.articles.has(before.lower) ? before.start : mention.start;
  return text.slice(start, mention.end);
}
