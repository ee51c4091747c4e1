import { classifyBreak, type BreakContext } from './classify-break';
import { icuSentenceBreaks } from './icu-sentence-breaks';
import { closingMarks, insideTest, quotationSpans, spanFinder, type QuotationSpan } from './quotation-spans';
import type { StoryUnit, WeakBreak } from './story-unit';
import { wordStarts } from './word-starts';

export interface SentenceUnitOptions {
  language: string;
  abbreviations: ReadonlySet<string>;
  /** Whether the text at `start` opens with a scene-change cue. */
  isCue: (text: string, start: number) => boolean;
}

export interface SentenceUnits {
  units: StoryUnit[];
  /** Breaks inside units, in order, for cutting a unit far longer than a scene. */
  weakBreaks: WeakBreak[];
  wordStarts: number[];
  quotations: QuotationSpan[];
}

const SEPARATOR_LINE = /^[\s*#~•·=_\-–—]+$/;

/**
 * Cuts the story into sentence units: Intl.Segmenter's sentences, with each break moved off
 * quotation marks and judged by classifyBreak. Only paragraph and sentence breaks separate units.
 */
export function sentenceUnits(text: string, options: SentenceUnitOptions): SentenceUnits {
  const spans = quotationSpans(text);
  const icuBreaks = icuSentenceBreaks(text, options.language);
  const breaks = adjustBreaks(text, icuBreaks, spans);
  const context: BreakContext = {
    text,
    blankLines: /\n[ \u00a0]*\n/.test(text),
    abbreviations: options.abbreviations,
    insideQuotation: insideTest(spans),
  };
  const units: StoryUnit[] = [];
  const weakBreaks: WeakBreak[] = [];
  let start = 0;
  let breakBefore: StoryUnit['breakBefore'] = null;
  for (const at of breaks) {
    const kind = classifyBreak(context, at);
    if (kind !== 'paragraph' && kind !== 'sentence') {
      weakBreaks.push({ at, kind });
      continue;
    }
    units.push({ start, end: at, words: 0, breakBefore, cue: false, dialogue: false });
    start = at;
    breakBefore = kind;
  }
  units.push({ start, end: text.length, words: 0, breakBefore, cue: false, dialogue: false });
  const starts = wordStarts(text, options.language, icuBreaks);
  annotate(text, units, starts, spans, options);
  return { units: mergeWordless(text, units), weakBreaks, wordStarts: starts, quotations: spans };
}

/** Moves every break to the next character of text, past closing quotation marks, and before opening ones. */
function adjustBreaks(text: string, icuBreaks: number[], spans: QuotationSpan[]): number[] {
  const inside = insideTest(spans);
  const spanAt = spanFinder(spans);
  const closers = closingMarks(text);
  const adjusted: number[] = [];
  for (const icuBreak of icuBreaks) {
    let at = skipSpaces(text, icuBreak);
    // A closing mark left over from a quotation that ran across paragraphs ends the text before it.
    while (at < text.length && closers.has(text[at]) && (at + 1 === text.length || /\s/.test(text[at + 1]))) at = skipSpaces(text, at + 1);
    if (inside(at)) {
      const span = spanAt(at)!;
      // « Bonjour ! » dit-il: the segmenter breaks before the closing mark; the quotation ends after it.
      if (span.close - 1 === at && span.close < text.length) at = skipSpaces(text, span.close);
      // 。「桃太郎: the segmenter leaves the opening bracket on the previous sentence.
      else if (at - span.open <= 4 && /^[\s"“„«»‹›「『'‘]*$/.test(text.slice(span.open, at))) at = span.open;
    }
    if (at > 0 && at < text.length && at !== adjusted[adjusted.length - 1]) adjusted.push(at);
  }
  return adjusted.sort((first, second) => first - second).filter((at, index, all) => index === 0 || at !== all[index - 1]);
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}

/** Fills in words, dialogue and cue flags, walking units, word starts and quotations together. */
function annotate(text: string, units: StoryUnit[], starts: number[], spans: QuotationSpan[], options: SentenceUnitOptions): void {
  let word = 0;
  let span = 0;
  for (const unit of units) {
    const first = word;
    while (word < starts.length && starts[word] < unit.end) word++;
    unit.words = word - first;
    while (span < spans.length && spans[span].close <= unit.start) span++;
    const quoted = span < spans.length && spans[span].open < unit.end;
    unit.dialogue = quoted || /^[—–]|^- /.test(text.slice(unit.start, unit.start + 2));
    unit.cue = options.isCue(text, unit.start);
  }
}

/**
 * A unit without words joins a neighbour: a separator line ("* * *") opens the next unit and
 * marks it as a new scene; stray punctuation (a lone closing mark) stays with the text before.
 */
function mergeWordless(text: string, units: StoryUnit[]): StoryUnit[] {
  const merged: StoryUnit[] = [];
  let pending: StoryUnit | null = null;
  for (const unit of units) {
    if (unit.words === 0) {
      const previous = merged[merged.length - 1];
      if (!pending && previous && !SEPARATOR_LINE.test(text.slice(unit.start, unit.end))) merged[merged.length - 1] = { ...previous, end: unit.end };
      else pending ??= unit;
      continue;
    }
    if (pending) {
      const separator = SEPARATOR_LINE.test(text.slice(pending.start, unit.start));
      merged.push({ ...unit, start: pending.start, breakBefore: pending.breakBefore, cue: unit.cue || separator });
      pending = null;
    } else merged.push(unit);
  }
  if (pending) {
    if (merged.length === 0) return [{ ...pending, end: text.length }];
    merged[merged.length - 1] = { ...merged[merged.length - 1], end: text.length };
  }
  return merged;
}
