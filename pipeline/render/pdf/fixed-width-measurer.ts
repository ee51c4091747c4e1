import { graphemesOf } from './text-tokens';
import type { TextMeasurer } from './text-measurer';

/**
 * A TextMeasurer for tests: every grapheme is `advance` wide at size 1, and `body` has no glyphs
 * for Chinese characters while `fallback` has every glyph. Simple enough to check results by hand.
 */
export function fixedWidthMeasurer(advance = 0.5): TextMeasurer {
  return {
    unitWidth: (text) => graphemesOf(text).length * advance,
    metrics: () => ({ ascent: 0.9, descent: 0.25 }),
    covers: (font, codePoint) => font !== 'body' || !/\p{Script=Han}/u.test(String.fromCodePoint(codePoint)),
  };
}
