import type { Character, StoryBible } from '../model';
import { characterLook } from './character-look';
import type { ColourName } from './colours';
import type { Mention } from './find-mentions';
import type { NameUse } from './find-names';
import { guessPersonKind } from './guess-kind';
import { kindCharacterName } from './kind-character-name';
import { capitalize, type Lexicon } from './lexicon';
import { uniqueSlug } from './slug';
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

interface Range {
  first: number;
  last: number;
}

interface Draft {
  name: string;
  words: string[];
  kind: string | null;
  nameUses: Range[];
  kindUses: Range[];
  aliases: Map<string, string>;
  /** How often each kind word was used, for naming a character known only by its kind. */
  kindWords: Map<string, number>;
}

/**
 * The story bible: named characters (well-known names from the lexicon and recurring proper
 * names), then characters known only by their kind ("the wolf"). A kind word joins the named
 * character of that kind when there is one ("a dear little girl" is Little Red-Cap).
 */
export function buildStoryBible(text: string, tokens: Token[], mentions: Mention[], names: NameUse[], lexicon: Lexicon | null): BibleResult {
  const drafts = new Map<string, Draft>();
  const draftFor = (words: string[], name: string) => {
    const key = words.join(' ');
    let draft = drafts.get(key);
    if (!draft) drafts.set(key, (draft = { name, words, kind: null, nameUses: [], kindUses: [], aliases: new Map(), kindWords: new Map() }));
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

  const byToken = indexByToken(mentions);
  for (const draft of named) {
    if (draft.kind) continue;
    const inName = draft.nameUses.flatMap((use) => inside(byToken, use, 'kind'));
    draft.kind = inName.length > 0 ? inName[inName.length - 1].key : guessPersonKind(draft.name, draft.nameUses, tokens, lexicon);
  }

  const taken = new Set<number>();
  for (const draft of named) for (const use of draft.nameUses) for (let index = use.first; index < use.last; index++) taken.add(index);
  const kindOnly = new Map<string, Draft>();
  for (const mention of mentions) {
    if (mention.category !== 'kind' || taken.has(mention.first)) continue;
    const target = mostUsed(named.filter((draft) => draft.kind === mention.key)) ?? kindDraft(kindOnly, mention.key, lexicon);
    target.kindUses.push(mention);
    const word = text.slice(mention.start, mention.end).toLowerCase();
    target.kindWords.set(word, (target.kindWords.get(word) ?? 0) + 1);
    const surface = withArticle(text, tokens, mention, lexicon);
    if (!target.aliases.has(surface.toLowerCase())) target.aliases.set(surface.toLowerCase(), surface);
  }
  return finish([...named, ...kindOnly.values()], tokens, byToken, lexicon);
}

function wordsOf(tokens: Token[], range: Range): string[] {
  return tokens.slice(range.first, range.last).map((token) => token.lower);
}

/** "Red-Cap" inside "Little Red-Cap", "Caperucita" inside "Caperucita Roja": one character. */
function mergeContainedNames(drafts: Draft[]): Draft[] {
  const sorted = drafts.sort((first, second) => second.words.length - first.words.length || second.nameUses.length - first.nameUses.length);
  const kept: Draft[] = [];
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

function mostUsed(drafts: Draft[]): Draft | undefined {
  return drafts.reduce<Draft | undefined>((best, draft) => (!best || draft.nameUses.length > best.nameUses.length ? draft : best), undefined);
}

function kindDraft(kindOnly: Map<string, Draft>, kind: string, lexicon: Lexicon | null): Draft {
  let draft = kindOnly.get(kind);
  if (!draft) {
    const name = lexicon?.kindNames.get(kind) ?? capitalize(kind);
    kindOnly.set(kind, (draft = { name, words: [], kind, nameUses: [], kindUses: [], aliases: new Map(), kindWords: new Map() }));
  }
  return draft;
}

/** "the wolf", "der Wolf": the kind word with the article before it, as the story writes it. */
function withArticle(text: string, tokens: Token[], mention: Mention, lexicon: Lexicon | null): string {
  const before = tokens[mention.first - 1];
  const start = before && tokens[mention.first].joined && lexicon?.articles.has(before.lower) ? before.start : mention.start;
  return text.slice(start, mention.end);
}

function indexByToken(mentions: Mention[]): Map<number, Mention[]> {
  const index = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const list = index.get(mention.first);
    if (list) list.push(mention);
    else index.set(mention.first, [mention]);
  }
  return index;
}

function inside(byToken: Map<number, Mention[]>, range: Range, category: Mention['category']): Mention[] {
  const found: Mention[] = [];
  for (let index = range.first; index < range.last; index++) {
    for (const mention of byToken.get(index) ?? []) if (mention.category === category && mention.last <= range.last) found.push(mention);
  }
  return found;
}

function finish(drafts: Draft[], tokens: Token[], byToken: Map<number, Mention[]>, lexicon: Lexicon | null): BibleResult {
  const firstSeen = (draft: Draft) => [...draft.nameUses, ...draft.kindUses].reduce((earliest, use) => Math.min(earliest, use.first), Infinity);
  const ordered = drafts.filter((draft) => draft.nameUses.length + draft.kindUses.length > 0).sort((first, second) => firstSeen(first) - firstSeen(second));
  const ids = new Set<string>();
  const characters: Character[] = [];
  const mentions: CharacterMention[] = [];
  const named = new Set<string>();
  for (const draft of ordered) {
    // Known only by its kind: called by the word the story uses most ("Liebre", not "Conejo").
    if (draft.nameUses.length === 0) draft.name = kindCharacterName(draft.kindWords, draft.kind!, lexicon, draft.name);
    const id = uniqueSlug(draft.name, ids, `character-${characters.length + 1}`);
    const nameMentions = draft.nameUses.flatMap((use) => [...inside(byToken, use, 'colour'), ...inside(byToken, use, 'item')]);
    const nameColours = unique(nameMentions.filter((mention) => mention.category === 'colour').map((mention) => mention.key)) as ColourName[];
    const nameItems = unique(nameMentions.filter((mention) => mention.category === 'item').map((mention) => mention.key));
    const kind = draft.kind ?? 'girl';
    const aliases = [...draft.aliases.values()].filter((alias) => alias.toLowerCase() !== draft.name.toLowerCase()).slice(0, 6);
    if (draft.nameUses.length > 0) named.add(id);
    characters.push({ id, name: draft.name, kind, aliases, look: characterLook({ name: draft.name, kind, nameColours, nameItems }) });
    for (const use of [...draft.nameUses, ...draft.kindUses]) mentions.push({ id, start: tokens[use.first].start });
  }
  mentions.sort((first, second) => first.start - second.start);
  return { bible: { characters }, mentions, named };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
