import type { Lexicon } from './lexicon';
import type { Token } from './tokenize';

const LOOK_AHEAD = 12;
/** How far to look for the next "she" or "he" when no pronoun stands close to a name. */
const SUBJECT_REACH = 40;

export type PersonKind = 'girl' | 'boy' | 'grandmother' | 'grandfather';

/**
 * A named character's kind when neither the lexicon nor the name says: "she" and "her" soon
 * after the name make a girl, "he" and "him" a boy; when none stands that close, the next "she"
 * or "he" decides ("Agnes was an old lighthouse keeper who lived by the sea. Every evening she
 * climbed…"); with no pronouns at all, names ending in "a" (Anna, Maria, Lucía) are taken for
 * girls. A person the story calls old ("Agnes was an old …", "old Agnes") is a grandmother or
 * grandfather. A guess, but a stable one.
 */
export function guessPersonKind(name: string, uses: { first: number; last: number }[], tokens: Token[], lexicon: Lexicon | null, nameWords: ReadonlySet<string> = new Set()): PersonKind {
  const leaning = lexicon ? pronounLeaning(uses, tokens, lexicon, nameWords) : null;
  const girl = leaning ?? /a$/i.test(name.trim());
  const old = lexicon !== null && uses.some((use) => calledOld(tokens, use, lexicon));
  if (old) return girl ? 'grandmother' : 'grandfather';
  return girl ? 'girl' : 'boy';
}

/** How strongly the pronouns after a character's uses say "she" and "he" (see pronounVotes). */
export interface PronounVotes {
  female: number;
  male: number;
}

/**
 * Reads the pronouns after each use of a character, up to the next name: the first "she" or "he"
 * counts two (it is most often the character again), every "her", "his", "him" within a few
 * words one ("beside her" may be someone else). `nameWords` are the story's names in lower case,
 * so a name at the start of a sentence ends the look too.
 */
export function pronounVotes(uses: { last: number }[], tokens: Token[], lexicon: Lexicon, nameWords: ReadonlySet<string> = new Set()): PronounVotes {
  const votes = { female: 0, male: 0 };
  const { female: she, male: he } = lexicon.subjectPronouns;
  // Another name ("Then Tom came, and he laughed") ends the look; where only names have
  // capitals, so does any capital that a sentence does not force.
  const otherName = (index: number) => nameWords.has(tokens[index].lower) || (!lexicon.capitalizesNouns && tokens[index].capitalized && !tokens[index].sentenceInitial);
  for (const use of uses) {
    let subjectFound = false;
    for (let index = use.last; index < Math.min(tokens.length, use.last + SUBJECT_REACH) && !otherName(index); index++) {
      const word = tokens[index].lower;
      if (!subjectFound && (word === she || word === he)) {
        votes[word === she ? 'female' : 'male'] += 2;
        subjectFound = true;
      } else if (index < use.last + LOOK_AHEAD && word !== she && word !== he) {
        if (lexicon.female.has(word)) votes.female++;
        else if (lexicon.male.has(word)) votes.male++;
      }
    }
  }
  return votes;
}

/** Whether the pronouns lean to "she" (true) or "he" (false) at all; null on a tie. */
export function pronounLeaning(uses: { last: number }[], tokens: Token[], lexicon: Lexicon, nameWords?: ReadonlySet<string>): boolean | null {
  const { female, male } = pronounVotes(uses, tokens, lexicon, nameWords);
  return female === male ? null : female > male;
}

/** Whether the story clearly calls the character "she" (true) or "he" (false): twice the votes, and more than one use's worth. */
export function clearGender(uses: { last: number }[], tokens: Token[], lexicon: Lexicon, nameWords?: ReadonlySet<string>): boolean | null {
  const { female, male } = pronounVotes(uses, tokens, lexicon, nameWords);
  const [winner, loser] = female > male ? [female, male] : [male, female];
  return winner >= 3 && winner >= loser * 2 ? female > male : null;
}

/** "old Agnes", or "Agnes was an old lighthouse keeper": an old-word right before, or after "was" and at most one word. */
function calledOld(tokens: Token[], use: { first: number; last: number }, lexicon: Lexicon): boolean {
  if (use.first > 0 && tokens[use.first].joined && lexicon.elderWords.has(tokens[use.first - 1].lower)) return true;
  const copula = tokens[use.last];
  if (!copula || !copula.joined || !lexicon.copulas.has(copula.lower)) return false;
  for (let index = use.last + 1; index <= use.last + 2 && index < tokens.length && tokens[index].joined; index++) {
    if (lexicon.elderWords.has(tokens[index].lower)) return true;
  }
  return false;
}
