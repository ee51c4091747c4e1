import type { Lexicon, LexiconCategory, LexiconEntry } from './lexicon';
import type { Token } from './tokenize';

/** A lexicon phrase found in the text: tokens [first, last) and characters [start, end). */
export interface Mention {
  category: LexiconCategory;
  key: string;
  first: number;
  last: number;
  start: number;
  end: number;
}

/**
 * Finds every lexicon phrase in the tokens, longest first, one per category at each place; a
 * phrase's words must follow each other with only spaces, hyphens or apostrophes between.
 * One map lookup per word (plus one per prefix or suffix length for German compounds).
 */
export function findMentions(tokens: Token[], lexicon: Lexicon): Mention[] {
  const mentions: Mention[] = [];
  const coveredUntil = new Map<LexiconCategory, number>();
  const foundHere: LexiconCategory[] = [];
  const take = (index: number, entry: LexiconEntry, length: number) => {
    if (foundHere.includes(entry.category) || (coveredUntil.get(entry.category) ?? 0) > index) return;
    if (entry.afterArticleOnly && !afterArticle(tokens, index, lexicon)) return;
    if (entry.capitalized && !tokens[index].capitalized) return;
    foundHere.push(entry.category);
    coveredUntil.set(entry.category, index + length);
    mentions.push({ category: entry.category, key: entry.key, first: index, last: index + length, start: tokens[index].start, end: tokens[index + length - 1].end });
  };
  for (let index = 0; index < tokens.length; index++) {
    foundHere.length = 0;
    const lower = tokens[index].lower;
    const entries = lexicon.byFirstToken.get(lower);
    if (entries) for (const entry of entries) if (phraseMatches(tokens, index, entry.tokens)) take(index, entry, entry.tokens.length);
    for (const length of lexicon.byPrefixLengths) {
      if (length < lower.length) for (const entry of lexicon.byPrefix.get(lower.slice(0, length)) ?? []) take(index, entry, 1);
    }
    for (const length of lexicon.bySuffixLengths) {
      if (length < lower.length) for (const entry of lexicon.bySuffix.get(lower.slice(-length)) ?? []) take(index, entry, 1);
    }
  }
  return mentions;
}

function phraseMatches(tokens: Token[], index: number, phrase: string[]): boolean {
  if (index + phrase.length > tokens.length) return false;
  for (let offset = 1; offset < phrase.length; offset++) {
    const token = tokens[index + offset];
    if (!token.joined || token.lower !== phrase[offset]) return false;
  }
  return true;
}

/** "the bear", "der Bär": an article right before the word (a verb like "bear" never has one). */
export function afterArticle(tokens: Token[], index: number, lexicon: Lexicon): boolean {
  return index > 0 && tokens[index].joined && lexicon.articles.has(tokens[index - 1].lower);
}
