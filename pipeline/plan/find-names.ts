import type { Lexicon } from './lexicon';
import type { Mention } from './find-mentions';
import type { Token } from './tokenize';

/** A proper name used in the story, and where: token ranges [first, last). */
export interface NameUse {
  name: string;
  /** Lower-case words of the name, for matching parts of it ("red cap" in "little red cap"). */
  words: string[];
  uses: { first: number; last: number }[];
}

interface Candidate {
  name: string;
  words: string[];
  freeUses: number;
  afterArticle: number;
  /** Uses right after "to", "nach": where someone goes. */
  afterPlaceMarker: number;
  total: number;
}

/**
 * Finds recurring proper names: runs of capitalized words, seen at least twice, at least once
 * where a capital is not forced (not the first word of a sentence, line or quotation), and
 * mostly not after an article ("the Giant" is a noun). A run that is one lexicon phrase
 * ("Grandmother") is a kind, not a name. In German, where every noun has a capital, a name
 * must also stand free twice and not follow an inflected adjective.
 */
export function findNames(text: string, tokens: Token[], mentions: Mention[], lexicon: Lexicon | null): NameUse[] {
  // Which lexicon phrase covers each token: a run that is one phrase ("Grandmother", "Fairy
  // Godmother") is a kind, but a run of several ("Father Bear", "Mr. Fox") is a name. Where only
  // names have capitals, a capitalized colour, plant or season is a name too (Hazel, Amber, Rose).
  const coveredBy = new Map<number, number>();
  mentions.forEach((mention, position) => {
    if (lexicon && !lexicon.capitalizesNouns && !NOUN_LIKE_NAMES.has(mention.category)) return;
    for (let index = mention.first; index < mention.last; index++) if (!coveredBy.has(index)) coveredBy.set(index, position);
  });
  const runs = capitalRuns(text, tokens, lexicon);
  const candidates = new Map<string, Candidate>();
  const count = (first: number, last: number, free: boolean) => {
    if (first >= last) return;
    const phrases = new Set<number | undefined>();
    for (let index = first; index < last; index++) phrases.add(coveredBy.get(index));
    if (lexicon && phrases.size === 1 && !phrases.has(undefined)) return;
    const words = tokens.slice(first, last).map((token) => token.lower);
    const key = words.join(' ');
    const candidate = candidates.get(key) ?? { name: text.slice(tokens[first].start, tokens[last - 1].end), words, freeUses: 0, afterArticle: 0, afterPlaceMarker: 0, total: 0 };
    candidates.set(key, candidate);
    candidate.total++;
    if (lexicon && nounLike(tokens, first, lexicon)) candidate.afterArticle++;
    else if (lexicon && first > 0 && tokens[first].joined && lexicon.placeMarkers.has(tokens[first - 1].lower)) candidate.afterPlaceMarker++;
    else if (free) candidate.freeUses++;
  };
  for (const { first, last } of runs) {
    const initial = tokens[first].sentenceInitial;
    count(first, last, !initial);
    // "Then Little Red-Cap went": the forced capital may be an ordinary word before the name.
    if (initial) count(first + 1, last, true);
  }
  const neededFree = lexicon?.capitalizesNouns ? 2 : 1;
  // "the road to Bremen", "the musicians of Bremen": a name never used but after these is a place.
  const names = [...candidates.values()].filter((candidate) => candidate.total >= 2 && candidate.freeUses >= neededFree && candidate.afterArticle * 2 < candidate.total && candidate.afterArticle + candidate.afterPlaceMarker < candidate.total);
  const byKey = new Map(names.map((name) => [name.words.join(' '), { name: name.name, words: name.words, uses: [] as NameUse['uses'] }]));
  // Each run is a use of the longest known name inside it.
  for (const { first, last } of runs) {
    for (let length = last - first; length > 0; length--) {
      let found = false;
      for (let start = first; start + length <= last && !found; start++) {
        const use = byKey.get(tokens.slice(start, start + length).map((token) => token.lower).join(' '));
        if (use) use.uses.push({ first: start, last: start + length }), (found = true);
      }
      if (found) break;
    }
  }
  return [...byKey.values()].filter((use) => use.uses.length > 0);
}

/** Runs of capitalized words joined by spaces or hyphens ("Little Red-Cap", "Mr. Fox"). */
function capitalRuns(text: string, tokens: Token[], lexicon: Lexicon | null): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  const usable = (token: Token) => token.capitalized && !token.shouted && !lexicon?.notNames.has(token.lower) && !lexicon?.articles.has(token.lower);
  for (let index = 0; index < tokens.length; index++) {
    if (!usable(tokens[index])) continue;
    const first = index;
    const joins = (next: number) =>
      tokens[next].joined || (lexicon?.abbreviations.has(tokens[next - 1].lower) === true && text.slice(tokens[next - 1].end, tokens[next].start) === '. ');
    while (index + 1 < tokens.length && usable(tokens[index + 1]) && joins(index + 1)) index++;
    runs.push({ first, last: index + 1 });
  }
  return runs;
}

/**
 * After an article or preposition ("the Wolf", "mit Kuchen") or, in German, an inflected adjective
 * that itself follows an article, a preposition or another adjective ("der böse Wolf", "im
 * leisen grauen Regen"); a verb with the same ending ("sagte Krümel") follows none of them.
 */
function nounLike(tokens: Token[], first: number, lexicon: Lexicon): boolean {
  if (first === 0 || !tokens[first].joined) return false;
  const before = tokens[first - 1];
  if (lexicon.articles.has(before.lower) || lexicon.nounMarkers.has(before.lower)) return true;
  if (!lexicon.capitalizesNouns) return false;
  // Walk back over up to three adjectives to the article that opens the noun phrase.
  for (let index = first - 1; index >= 1 && index >= first - 3; index--) {
    const word = tokens[index];
    if (word.capitalized || !word.joined || !INFLECTED.test(word.lower)) return false;
    const previous = tokens[index - 1].lower;
    if (lexicon.articles.has(previous) || lexicon.nounMarkers.has(previous)) return true;
  }
  return false;
}

const INFLECTED = /(?:e|en|er|es|em)$/;

/** The lexicon phrases that make a capitalized word a noun even where only names have capitals. */
const NOUN_LIKE_NAMES = new Set<Mention['category']>(['kind', 'name', 'setting']);
