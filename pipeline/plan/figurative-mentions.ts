import type { LexiconCategory, Lexicon } from './lexicon';
import type { Mention } from './find-mentions';
import type { Token } from './tokenize';

/** How many words after "like" or "as tall as" can still name what a thing is compared to. */
const SIMILE_REACH = 4;

/** What a comparison leaves out of the picture: everything but scene cues and proper names. */
const COMPARED = new Set<LexiconCategory>(['setting', 'kind', 'object', 'item', 'colour', 'time', 'weather', 'season', 'mood']);
/** What a clause about what may come leaves out: where and when, and things; a character named there may still be present. */
const EXPECTED = new Set<LexiconCategory>(['setting', 'object', 'time', 'weather', 'season']);
/** A dream, a wish or a thought leaves out its characters too. */
const IMAGINED = new Set<LexiconCategory>([...EXPECTED, 'kind', 'name']);
/** What the first word of a colour compound names is only its colour ("snow-white", "sky-blue"). */
const COLOURED = new Set<LexiconCategory>(['setting', 'kind', 'object', 'time', 'weather', 'season']);

const EXPECTING = 1;
const IMAGINING = 2;

/**
 * The mentions that describe what happens, without what the story only compares things to ("she
 * sank like a stone", "as tall as a tree", "der Wind heulte wie ein hungriger Wolf"), only
 * expects ("because tomorrow would be another wonderful day", "we will have to wait until
 * dark") or only dreams of ("dreaming of swimming with the fish"), and without the first word of
 * a colour compound ("a snow-white bird" brings no snow). A comparison reaches a few words, an
 * expected or imagined clause to the next punctuation.
 */
export function literalMentions(mentions: Mention[], text: string, tokens: Token[], lexicon: Lexicon): Mention[] {
  const compared = new Uint8Array(tokens.length);
  const unreal = new Uint8Array(tokens.length);
  const { figures } = lexicon;
  for (let index = 0; index < tokens.length; index++) {
    if (opensSimile(tokens, index, lexicon)) {
      for (let next = index + 1; next <= index + SIMILE_REACH && next < tokens.length && tokens[next].joined; next++) compared[next] = 1;
    }
    const phrase = figures.hypothetical.find((candidate) => matchesAt(tokens, index, candidate.tokens) && !(candidate.lowerOnly && tokens[index].capitalized));
    // Only to the end of the clause: "take them to your grandmother, she is ill and they will do
    // her good; and when you go into her room" still happens at home.
    if (phrase) for (let next = index + phrase.tokens.length; next < tokens.length && tokens[next].joined; next++) unreal[next] |= phrase.imagined ? IMAGINING : EXPECTING;
  }
  const colourEnds = new Map<number, number>();
  for (const mention of mentions) if (mention.category === 'colour') colourEnds.set(mention.first, Math.max(colourEnds.get(mention.first) ?? 0, mention.last));
  // "sky-blue": a colour right after a hyphen; "snow-white": a longer colour phrase from the same word.
  const colourCompound = (mention: Mention) =>
    (colourEnds.has(mention.last) && text.slice(tokens[mention.last - 1].end, tokens[mention.last].start) === '-') || (colourEnds.get(mention.first) ?? 0) > mention.last;
  return mentions.filter((mention) => {
    if (COMPARED.has(mention.category) && compared[mention.first]) return false;
    if (EXPECTED.has(mention.category) && unreal[mention.first]) return false;
    if (IMAGINED.has(mention.category) && unreal[mention.first] & IMAGINING) return false;
    return !(COLOURED.has(mention.category) && colourCompound(mention));
  });
}

/** "like the wind" (not "I like the wind"), "wie ein Wolf" where articles are asked for, or the second word of "as tall as". */
function opensSimile(tokens: Token[], index: number, lexicon: Lexicon): boolean {
  const { figures } = lexicon;
  const word = tokens[index].lower;
  for (const [first, second] of figures.comparisons) {
    if (word !== second) continue;
    // "as tall as", "as dizzy as a": the first word one or two words before, in the same clause;
    // "as soon as", "as long as" join clauses instead.
    if (index > 0 && figures.simileNotAfter.has(tokens[index - 1].lower)) continue;
    for (let back = 2; back <= 3 && index - back >= 0; back++) {
      if (tokens[index - back].lower === first && tokens.slice(index - back + 1, index + 1).every((token) => token.joined)) return true;
    }
  }
  if (!figures.similes.has(word)) return false;
  const before = index > 0 && tokens[index].joined ? tokens[index - 1].lower : null;
  if (before !== null && figures.simileNotAfter.has(before)) return false;
  if (figures.simileArticles.size === 0) return true;
  const after = tokens[index + 1];
  return after !== undefined && after.joined && figures.simileArticles.has(after.lower);
}

function matchesAt(tokens: Token[], index: number, phrase: string[]): boolean {
  if (tokens[index].lower !== phrase[0] || index + phrase.length > tokens.length) return false;
  for (let offset = 1; offset < phrase.length; offset++) {
    const token = tokens[index + offset];
    if (!token.joined || token.lower !== phrase[offset]) return false;
  }
  return true;
}
