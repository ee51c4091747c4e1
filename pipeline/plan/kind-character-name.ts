import { ranked } from './describe-scene';
import { capitalize, type Lexicon } from './lexicon';

/**
 * The name of a character known only by its kind: the word the story uses most for it ("Liebre"
 * for a hare, not the lexicon's "Conejo"; "Huntsman", not "Hunter"), made singular when the
 * story mostly uses the plural and the lexicon knows the singular ("birds" → "Bird").
 */
export function kindCharacterName(kindWords: Map<string, number>, kind: string, lexicon: Lexicon | null, fallback: string): string {
  const words = [...kindWords.keys()].flatMap((word) => Array<string>(kindWords.get(word)!).fill(word));
  const most = ranked(words)[0];
  if (!most) return fallback;
  const isKindWord = (word: string) => lexicon?.byFirstToken.get(word)?.some((entry) => entry.category === 'kind' && entry.key === kind) === true;
  for (const singular of [most.replace(/es$/, ''), most.replace(/s$/, '')]) {
    if (singular !== most && isKindWord(singular)) return capitalize(singular);
  }
  return capitalize(most);
}
