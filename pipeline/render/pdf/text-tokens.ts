/**
 * Splits a scene's text into what the line breaker works with: paragraphs (blank lines between
 * them), the author's own line breaks inside a paragraph (rhymes keep their shape), and tokens a
 * line may break between. Pure; no measuring here.
 */
export interface Token {
  text: string;
  /** Whether a space separates this token from the one before it on the same line. */
  spaceBefore: boolean;
}

/** paragraphs → the author's lines → words. Surrounding whitespace is trimmed, runs of spaces collapse. */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\f\v\u00a0]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line.length > 0),
    )
    .filter((lines) => lines.length > 0);
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/**
 * Precomposed Latin, Greek and Cyrillic letters and common punctuation, without combining marks
 * or joiners: here every UTF-16 unit is a whole grapheme, so the (slow) segmenter can be skipped.
 */
const ONE_UNIT_PER_GRAPHEME = /^[\u0000-\u02ff\u0370-\u0482\u048a-\u052f\u1e00-\u1fff\u2010-\u205f\u20a0-\u20bf]*$/;

export function graphemesOf(text: string): string[] {
  if (ONE_UNIT_PER_GRAPHEME.test(text)) return text.split('');
  return Array.from(graphemeSegmenter.segment(text), (segment) => segment.segment);
}

/** Scripts written without spaces, where a line may break between any two characters. */
const BREAK_ANYWHERE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Punctuation that must not start a line (it stays with the character before it). */
const CLOSING = /^[、。，．・：；！？」』）〕】〉》”’…‥,.!?:;)\]]/u;
/** Punctuation that must not end a line (it stays with the character after it). */
const OPENING = /[「『（〔【〈《“‘(\[]$/u;

/** The tokens of one line of text: words, and single characters in scripts without spaces. */
export function tokensOf(line: string): Token[] {
  const tokens: Token[] = [];
  for (const word of line.split(/\s+/).filter(Boolean)) {
    let current = '';
    let previous = '';
    let first = true;
    for (const grapheme of graphemesOf(word)) {
      const breakBefore =
        current !== '' && (BREAK_ANYWHERE.test(grapheme) || BREAK_ANYWHERE.test(previous)) && !CLOSING.test(grapheme) && !OPENING.test(previous);
      if (breakBefore) {
        tokens.push({ text: current, spaceBefore: first && tokens.length > 0 });
        first = false;
        current = '';
      }
      current += grapheme;
      previous = grapheme;
    }
    if (current) tokens.push({ text: current, spaceBefore: first && tokens.length > 0 });
  }
  return tokens;
}
