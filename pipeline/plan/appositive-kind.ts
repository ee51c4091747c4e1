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
 * Isegrim", "Pepper, the cat". The kind named most often that way wins; null when none is.
 * Indexes the mentions once, then answers for each name.
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
  return (uses) => {
    const votes = new Map<string, { count: number; colour: ColourName | null }>();
    const vote = (kindMention: Mention) => {
      const colour = (colourEndingAt.get(kindMention.first)?.key as ColourName | undefined) ?? null;
      const current = votes.get(kindMention.key) ?? { count: 0, colour: null };
      votes.set(kindMention.key, { count: current.count + 1, colour: current.colour ?? colour });
    };
    for (const use of uses) {
      const before = kindEndingAt.get(use.first);
      if (before && APPOSITION_GAP.test(gapBefore(use.first))) vote(before);
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
