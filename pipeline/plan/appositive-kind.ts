import type { ColourName } from './colours';
import type { Lexicon } from './lexicon';
import type { Mention } from './find-mentions';
import type { Token } from './tokenize';

const APPOSITION_GAP = /^[ \u00a0]*,?[ \u00a0]*$/;

export interface Apposition {
  kind: string;
  /** A colour said of it there: "her black cat, Pepper" → black. */
  colour: ColourName | null;
}

/**
 * Finds the kind a story gives a name right beside it: "her black cat, Pepper", "the wolf
 * Isegrim", "Pepper, the cat", or with a naming word between: "a dragon called Willa", "ein
 * kleiner Igel namens Bramble", "une petite chèvre blanche qu'il appela Blanquette" (one word may
 * stand between the kind and the naming word). A naming word counts twice: it says so outright.
 * The kind named most often that way wins; null when none is. Indexes the mentions once, then
 * answers for each name.
 */
export function appositionFinder(text: string, tokens: Token[], mentions: Mention[], lexicon: Lexicon | null): (uses: { first: number; last: number }[]) => Apposition | null {
  const kindEndingAt = new Map<number, Mention>();
  const kindStartingAt = new Map<number, Mention>();
  const colourEndingAt = new Map<number, Mention>();
  for (const mention of mentions) {
    if (mention.category === 'kind') kindEndingAt.set(mention.last, mention), kindStartingAt.set(mention.first, mention);
    if (mention.category === 'colour') colourEndingAt.set(mention.last, mention);
  }
  const gapBefore = (token: number) => text.slice(tokens[token - 1].end, tokens[token].start);
  const naming = lexicon?.figures.naming ?? [];
  /** Where the naming words right before a name start ("called" in "a dragon called Willa"), or -1. */
  const namingStart = (name: number): number => {
    for (const phrase of naming) {
      const start = name - phrase.length;
      if (start < 1) continue;
      if (phrase.every((word, offset) => tokens[start + offset].lower === word && (offset === 0 || tokens[start + offset].joined))) return start;
    }
    return -1;
  };
  return (uses) => {
    const votes = new Map<string, { count: number; colour: ColourName | null }>();
    const vote = (kindMention: Mention, weight = 1) => {
      const colour = (colourEndingAt.get(kindMention.first)?.key as ColourName | undefined) ?? null;
      const current = votes.get(kindMention.key) ?? { count: 0, colour: null };
      votes.set(kindMention.key, { count: current.count + weight, colour: current.colour ?? colour });
    };
    for (const use of uses) {
      const before = kindEndingAt.get(use.first);
      if (before && APPOSITION_GAP.test(gapBefore(use.first))) vote(before);
      const named = namingStart(use.first);
      const namedKind = named > 0 ? (kindEndingAt.get(named) ?? (named > 1 && tokens[named - 1].joined ? kindEndingAt.get(named - 1) : undefined)) : undefined;
      if (namedKind && APPOSITION_GAP.test(gapBefore(named))) vote(namedKind, 2);
      if (use.last >= tokens.length) continue;
      const article = lexicon?.articles.has(tokens[use.last].lower) ? 1 : 0;
      const after = kindStartingAt.get(use.last + article);
      if (after && APPOSITION_GAP.test(gapBefore(use.last)) && (!article || tokens[use.last + 1].joined)) vote(after);
    }
    let best: Apposition | null = null;
    let bestCount = 0;
    for (const [kind, { count, colour }] of votes) if (count > bestCount) (best = { kind, colour }), (bestCount = count);
    return best;
  };
}
