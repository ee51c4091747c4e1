import type { ColourName } from './colours';
import type { Mention } from './find-mentions';

/** Tokens [first, last). */
export interface Range {
  first: number;
  last: number;
}

/** A character while the bible is being built: everything known about it so far. */
export interface CharacterDraft {
  name: string;
  /** Lower-case words of its proper name; empty for a character known only by its kind. */
  words: string[];
  kind: string | null;
  nameUses: Range[];
  kindUses: Range[];
  /** Other names used for it, by lower-case form. */
  aliases: Map<string, string>;
  /** How often each kind word was used, for naming a character known only by its kind. */
  kindWords: Map<string, number>;
  /** Colours the story gives it beside its name ("her black cat, Pepper"). */
  colours: ColourName[];
}

export function newDraft(name: string, words: string[], kind: string | null): CharacterDraft {
  return { name, words, kind, nameUses: [], kindUses: [], aliases: new Map(), kindWords: new Map(), colours: [] };
}

/** Lexicon mentions filed by their first token, to find those inside a name quickly. */
export class MentionIndex {
  private readonly byToken = new Map<number, Mention[]>();

  constructor(mentions: Mention[]) {
    for (const mention of mentions) {
      const list = this.byToken.get(mention.first);
      if (list) list.push(mention);
      else this.byToken.set(mention.first, [mention]);
    }
  }

  /** Mentions of a category lying wholly inside the token range. */
  inside(range: Range, category: Mention['category']): Mention[] {
    const found: Mention[] = [];
    for (let index = range.first; index < range.last; index++) {
      for (const mention of this.byToken.get(index) ?? []) if (mention.category === category && mention.last <= range.last) found.push(mention);
    }
    return found;
  }
}
