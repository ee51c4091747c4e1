import { graphemesOf } from './text-tokens';
import type { TextMeasurer } from './text-measurer';

/** A stretch of text drawn in one font; `width` is at a size of 1 point until placed. */
export interface TextRun {
  text: string;
  font: string;
  width: number;
}

/** Code points that need no glyph of their own: joiners and variation selectors. */
const IGNORABLE = /[\u200b-\u200f\u2060\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;

/**
 * The font that draws a grapheme: the first in the chain with every glyph it needs, else the first
 * with its base character, else null (no font has it; the caller warns and draws it anyway).
 */
export function fontForGrapheme(grapheme: string, chain: string[], measurer: TextMeasurer): string | null {
  const codePoints = Array.from(grapheme)
    .filter((character) => !IGNORABLE.test(character))
    .map((character) => character.codePointAt(0)!);
  if (codePoints.length === 0) return chain[0];
  const complete = chain.find((font) => codePoints.every((codePoint) => measurer.covers(font, codePoint)));
  if (complete) return complete;
  return chain.find((font) => measurer.covers(font, codePoints[0])) ?? null;
}

/**
 * Splits text into runs by font. Spaces stay in the run they follow, so a line of one script is one
 * run. Graphemes no font has are drawn in the chain's first font and reported through `onMissing`.
 */
export function splitIntoRuns(
  text: string,
  chain: string[],
  measurer: TextMeasurer,
  onMissing?: (grapheme: string) => void,
  /** Remembers each grapheme's font across calls with the same chain; a book has few distinct ones. */
  chosen: Map<string, string | null> = new Map(),
): TextRun[] {
  const runs: TextRun[] = [];
  for (const grapheme of graphemesOf(text)) {
    let font: string;
    if (/^\s+$/u.test(grapheme)) {
      font = runs.length > 0 ? runs[runs.length - 1].font : chain[0];
    } else {
      let choice = chosen.get(grapheme);
      if (choice === undefined) {
        choice = fontForGrapheme(grapheme, chain, measurer);
        chosen.set(grapheme, choice);
      }
      if (choice === null) onMissing?.(grapheme);
      font = choice ?? chain[0];
    }
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += grapheme;
    else runs.push({ text: grapheme, font, width: 0 });
  }
  for (const run of runs) run.width = measurer.unitWidth(run.text, run.font);
  return runs;
}
