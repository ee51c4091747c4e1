import type { BreakKind } from './story-unit';

/** What classifyBreak needs to know about the text around a break. */
export interface BreakContext {
  text: string;
  /** Whether the text separates paragraphs with blank lines (else every line is a paragraph). */
  blankLines: boolean;
  /** Abbreviations that end in a full stop without ending a sentence: "mr", "dr", "st", lower case. */
  abbreviations: ReadonlySet<string>;
  insideQuotation: (at: number) => boolean;
}

// French puts a space before its closing guillemet: « Où vas-tu ? »
const TERMINATED = /[.!?…。！？‼⁇](?:[\p{Pe}\p{Pf}"'’”“»«」』)\]]|[ \u00a0\u202f](?=[»«]))*$/u;
const ABBREVIATION = /(?:^|[^\p{L}])(\p{L}+)\.$/u;
const LOWER_AFTER_PUNCTUATION = /^[\p{P}\p{S}\s]{0,4}\p{Ll}/u;
// Japanese attribution after a closing bracket: 「…」と言いました, 「…」って.
const JAPANESE_ATTRIBUTION = /^(?:と|って)/;

/**
 * Decides what kind of break stands before `at` (the first character of what follows): a new
 * paragraph, a new sentence, or something weaker that must not end a scene — a line end inside a
 * sentence (verse, hard-wrapped prose), a sentence end inside a quotation, the end of speech
 * followed by its attribution ("Hello!" said the wolf), or a full stop after an abbreviation.
 */
export function classifyBreak(context: BreakContext, at: number): BreakKind {
  const { text } = context;
  let contentEnd = at;
  while (contentEnd > 0 && /\s/.test(text[contentEnd - 1])) contentEnd--;
  const gap = text.slice(contentEnd, at);
  const newlines = gap.split('\n').length - 1;
  if (newlines >= 2) return 'paragraph';
  const before = text.slice(Math.max(0, contentEnd - 24), contentEnd);
  const abbreviation = ABBREVIATION.exec(before)?.[1];
  if (abbreviation && (context.abbreviations.has(abbreviation.toLowerCase()) || /^\p{Lu}$/u.test(abbreviation))) return 'abbreviation';
  if (context.insideQuotation(at)) return 'inner';
  const terminated = TERMINATED.test(before);
  if (newlines === 1 && !terminated) return 'line';
  const after = text.slice(at, at + 8);
  if (LOWER_AFTER_PUNCTUATION.test(after)) return 'inner';
  if (/[」』]$/.test(before) && JAPANESE_ATTRIBUTION.test(after)) return 'inner';
  if (newlines === 1) return context.blankLines ? 'sentence' : 'paragraph';
  return 'sentence';
}
