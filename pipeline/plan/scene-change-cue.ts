import type { Lexicon } from './lexicon';

const LOOK = 60;
const WORD = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /[^\p{L}\p{N}]{0,4}([\p{L}\p{N}]+)/uy;

/**
 * A test for "does the text at this offset open with a scene-change cue" ("The next morning",
 * "Meanwhile", "Am nächsten Morgen"), reading only the first few words. Always false without a lexicon.
 */
export function sceneChangeCue(lexicon: Lexicon | null): (text: string, start: number) => boolean {
  if (!lexicon) return () => false;
  const cueStarts = new Set([...lexicon.byFirstToken].filter(([, entries]) => entries.some((entry) => entry.category === 'cue')).map(([word]) => word));
  return (text, start) => {
    // Most sentences do not open with a word any cue opens with: say so without slicing.
    FIRST_WORD.lastIndex = start;
    const first = FIRST_WORD.exec(text)?.[1].toLowerCase();
    if (first === undefined || !cueStarts.has(first)) return false;
    const words = (text.slice(start, start + LOOK).toLowerCase().match(WORD) ?? []).slice(0, 6);
    if (words.length === 0) return false;
    for (const entry of lexicon.byFirstToken.get(words[0]) ?? []) {
      if (entry.category === 'cue' && entry.tokens.every((token, index) => words[index] === token)) return true;
    }
    return false;
  };
}
