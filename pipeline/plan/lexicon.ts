import { LexiconSchema, type LexiconSourceInput } from './lexicon-schema';

/** The languages that have a lexicon in assets/lexicon. */
export const LEXICON_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;

export type LexiconCategory = 'setting' | 'kind' | 'name' | 'object' | 'item' | 'colour' | 'time' | 'weather' | 'season' | 'mood' | 'cue';

export interface LexiconEntry {
  category: LexiconCategory;
  key: string;
  /** The phrase's words, lower case. */
  tokens: string[];
  afterArticleOnly: boolean;
  /** Matches only a word written with a capital (German nouns). */
  capitalized: boolean;
}

/** A lexicon ready for matching: every phrase filed under its first word. */
export interface Lexicon {
  language: string;
  name: string;
  byFirstToken: Map<string, LexiconEntry[]>;
  byPrefix: Map<string, LexiconEntry[]>;
  byPrefixLengths: number[];
  bySuffix: Map<string, LexiconEntry[]>;
  bySuffixLengths: number[];
  articles: Set<string>;
  capitalizesNouns: boolean;
  nounMarkers: Set<string>;
  placeMarkers: Set<string>;
  abbreviations: Set<string>;
  female: Set<string>;
  male: Set<string>;
  /** The subject pronouns ("she", "he"), the first of each pronoun list; "" when there is none. */
  subjectPronouns: { female: string; male: string };
  relationWords: Set<string>;
  elderWords: Set<string>;
  copulas: Set<string>;
  notNames: Set<string>;
  commonWords: Set<string>;
  /** A kind's name in this language: "wolf" → "Wolf", "grandmother" → "Großmutter". */
  kindNames: Map<string, string>;
  /** What says a name comes next ("called", "namens"), and what makes a comparison or an imagined clause; see lexicon-schema. */
  figures: LexiconFigures;
}

export interface LexiconFigures {
  naming: string[][];
  similes: Set<string>;
  simileNotAfter: Set<string>;
  simileArticles: Set<string>;
  comparisons: [string, string][];
  /** Phrases, each as its words; `lowerOnly` ones match only uncapitalized words (German "morgen", not "Morgen"). */
  hypothetical: { tokens: string[]; lowerOnly: boolean; imagined: boolean }[];
}

/** Splits a phrase as the tokenizer splits text: on spaces, hyphens and apostrophes. */
export function phraseTokens(phrase: string): string[] {
  return phrase.toLowerCase().split(/[\s\-‐'’]+/u).filter(Boolean);
}

const GROUPS = [
  ['settings', 'setting'], ['characterKinds', 'kind'], ['objects', 'object'], ['characterItems', 'item'],
  ['colours', 'colour'], ['timesOfDay', 'time'], ['weathers', 'weather'], ['seasons', 'season'], ['moods', 'mood'],
] as const;

/** Validates a lexicon source (throwing zod's error, which names the bad entry) and indexes it. */
export function compileLexicon(input: LexiconSourceInput): Lexicon {
  const source = LexiconSchema.parse(input);
  const lowerSet = (words: string[]) => new Set(words.map((word) => word.toLowerCase()));
  const lexicon: Lexicon = {
    language: source.language,
    name: source.name,
    byFirstToken: new Map(),
    byPrefix: new Map(),
    byPrefixLengths: [],
    bySuffix: new Map(),
    bySuffixLengths: [],
    articles: lowerSet(source.articles),
    capitalizesNouns: source.capitalizesNouns,
    nounMarkers: lowerSet(source.nounMarkers),
    placeMarkers: lowerSet(source.placeMarkers),
    abbreviations: lowerSet(source.abbreviations),
    female: lowerSet(source.pronouns.female),
    male: lowerSet(source.pronouns.male),
    subjectPronouns: { female: source.pronouns.female[0]?.toLowerCase() ?? '', male: source.pronouns.male[0]?.toLowerCase() ?? '' },
    relationWords: lowerSet(source.relationWords),
    elderWords: lowerSet(source.elderWords),
    copulas: lowerSet(source.copulas),
    notNames: lowerSet(source.notNames),
    commonWords: lowerSet(source.commonWords),
    kindNames: new Map(),
    figures: {
      naming: source.namingWords.map(phraseTokens),
      similes: lowerSet(source.simileWords),
      simileNotAfter: lowerSet(source.simileNotAfter),
      simileArticles: lowerSet(source.simileArticles),
      comparisons: source.comparisons.map(([first, second]) => [first.toLowerCase(), second.toLowerCase()]),
      hypothetical: [...source.hypotheticalWords.map((phrase) => ({ phrase, imagined: false })), ...source.imaginedWords.map((phrase) => ({ phrase, imagined: true }))]
        .map(({ phrase, imagined }) => ({ tokens: phraseTokens(phrase), lowerOnly: source.capitalizesNouns && !/^\p{Lu}/u.test(phrase), imagined })),
    },
  };
  const add = (category: LexiconCategory, key: string, word: string) => {
    const afterArticleOnly = word.startsWith('^');
    const bare = afterArticleOnly ? word.slice(1) : word;
    // A compound found by its ending ("Tannenwald") is a noun, so it needs the capital too; a
    // name written with a capital needs it in any language ("Snow-White", not "snow-white").
    const capitalized = (source.capitalizesNouns && (bare.startsWith('*') || /^\p{Lu}/u.test(bare))) || (category === 'name' && /^\p{Lu}/u.test(bare));
    if (bare.endsWith('*') || bare.startsWith('*')) {
      const prefix = bare.endsWith('*');
      const stem = bare.replace(/\*/g, '').toLowerCase();
      file(prefix ? lexicon.byPrefix : lexicon.bySuffix, stem, { category, key, tokens: [stem], afterArticleOnly, capitalized });
      return;
    }
    const tokens = phraseTokens(bare);
    if (tokens.length > 0) file(lexicon.byFirstToken, tokens[0], { category, key, tokens, afterArticleOnly, capitalized });
  };
  for (const [group, category] of GROUPS) {
    for (const [key, words] of Object.entries(source[group] as Record<string, string[]>)) {
      for (const word of words) add(category, key, word);
      if (category === 'kind') lexicon.kindNames.set(key, capitalize(words[0]));
    }
  }
  for (const [phrase, kind] of Object.entries(source.namedCharacters)) add('name', kind, phrase);
  for (const cue of source.sceneChangeCues) add('cue', 'cue', cue);
  for (const entries of lexicon.byFirstToken.values()) entries.sort((first, second) => second.tokens.length - first.tokens.length);
  lexicon.byPrefixLengths = lengths(lexicon.byPrefix);
  lexicon.bySuffixLengths = lengths(lexicon.bySuffix);
  return lexicon;
}

function file(index: Map<string, LexiconEntry[]>, token: string, entry: LexiconEntry): void {
  const entries = index.get(token);
  if (entries) entries.push(entry);
  else index.set(token, [entry]);
}

function lengths(index: Map<string, LexiconEntry[]>): number[] {
  return [...new Set([...index.keys()].map((stem) => stem.length))].sort((first, second) => second - first);
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
