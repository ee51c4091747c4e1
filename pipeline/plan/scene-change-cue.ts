import type { Lexicon } from './lexicon';

const LOOK = 60;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A test for "does the text at this offset open with a scene-change cue" ("The next morning",
 * "Meanwhile", "Am nächsten Morgen"), reading only the first few words. Always false without a lexicon.
 */
export function sceneChangeCue(lexicon: Lexicon | null): (text: string, start: number) => boolean {
  if (!lexicon) return () => false;
  return (text, start) => {
    const words = (text.slice(start, start + LOOK).toLowerCase().match(WORD) ?? []).slice(0, 6);
    if (words.length === 0) return false;
    for (const entry of lexicon.byFirstToken.get(words[0]) ?? []) {
      if (entry.category === 'cue' && entry.tokens.every((token, index) => words[index] === token)) return true;
    }
    return false;
  };
}
