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
export function guessPersonKind(name: string, uses: { first: number; last: number }[], tokens: Token[], lexicon: Lexicon | null): PersonKind {
  let female = 0;
  let male = 0;
  if (lexicon) {
    for (const use of uses) {
      for (let index = use.last; index < Math.min(tokens.length, use.last + LOOK_AHEAD); index++) {
        if (lexicon.female.has(tokens[index].lower)) female++;
        else if (lexicon.male.has(tokens[index].lower)) male++;
      }
    }
    if (female === male) {
      const { female: she, male: he } = lexicon.subjectPronouns;
      for (const use of uses) {
        for (let index = use.last; index < Math.min(tokens.length, use.last + SUBJECT_REACH); index++) {
          const word = tokens[index].lower;
          if (word === she || word === he) {
            if (word === she) female++;
            else male++;
            break;
          }
        }
      }
    }
  }
  const girl = female !== male ? female > male : /a$/i.test(name.trim());
  const old = lexicon !== null && uses.some((use) => calledOld(tokens, use, lexicon));
  if (old) return girl ? 'grandmother' : 'grandfather';
  return girl ? 'girl' : 'boy';
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
