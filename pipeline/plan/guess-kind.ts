import type { Lexicon } from './lexicon';
import type { Token } from './tokenize';

const LOOK_AHEAD = 12;

/**
 * A named character's kind when neither the lexicon nor the name says: "she" and "her" soon
 * after the name make a girl, "he" and "him" a boy; with no pronouns, names ending in "a" (Anna,
 * Maria, Lucía) are taken for girls. A guess, but a stable one.
 */
export function guessPersonKind(name: string, uses: { last: number }[], tokens: Token[], lexicon: Lexicon | null): 'girl' | 'boy' {
  let female = 0;
  let male = 0;
  if (lexicon) {
    for (const use of uses) {
      for (let index = use.last; index < Math.min(tokens.length, use.last + LOOK_AHEAD); index++) {
        if (lexicon.female.has(tokens[index].lower)) female++;
        else if (lexicon.male.has(tokens[index].lower)) male++;
      }
    }
  }
  if (female !== male) return female > male ? 'girl' : 'boy';
  return /a$/i.test(name.trim()) ? 'girl' : 'boy';
}
