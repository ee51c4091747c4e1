import { splitIntoRuns, type TextRun } from './font-runs';
import { graphemesOf, paragraphsOf, tokensOf } from './text-tokens';
import type { TextMeasurer } from './text-measurer';

/** A token with its runs measured at a size of 1 point. */
export interface MeasuredToken {
  runs: TextRun[];
  width: number;
  spaceBefore: boolean;
}

/** paragraphs → the author's lines → measured tokens. Independent of font size, so measured once. */
export type PreparedText = MeasuredToken[][][];

/** One laid-out line; widths at a size of 1 point. */
export interface TextLine {
  runs: TextRun[];
  width: number;
  /** The first line of a paragraph after the first gets the paragraph gap above it. */
  paragraphStart: boolean;
  /**
   * Whether a space belongs after the line's last character (it ended at a space, not inside a
   * word or between Chinese characters). Drawn invisibly so copied and read-aloud text keeps its
   * word breaks.
   */
  trailingSpace: boolean;
}

const NO_SPACE_SCRIPT_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。，．！？」』）]$/u;

export function prepareText(text: string, chain: string[], measurer: TextMeasurer, onMissing?: (grapheme: string) => void, fontChoices = new Map<string, string | null>()): PreparedText {
  return paragraphsOf(text).map((lines) =>
    lines.map((line) =>
      tokensOf(line).map((token) => {
        const runs = splitIntoRuns(token.text, chain, measurer, onMissing, fontChoices);
        return { runs, width: runs.reduce((sum, run) => sum + run.width, 0), spaceBefore: token.spaceBefore };
      }),
    ),
  );
}

/**
 * Greedy line breaking into lines no wider than `maxWidth` (at size 1). A word wider than a whole
 * line is split between characters rather than allowed to overflow.
 */
export function breakLines(prepared: PreparedText, maxWidth: number, measurer: TextMeasurer): TextLine[] {
  const lines: TextLine[] = [];
  for (const paragraph of prepared) {
    paragraph.forEach((authorLine, authorLineIndex) => {
      let line: TextLine = { runs: [], width: 0, paragraphStart: authorLineIndex === 0, trailingSpace: false };
      const finishLine = (trailingSpace: boolean) => {
        if (line.runs.length > 0) lines.push({ ...line, trailingSpace });
        line = { runs: [], width: 0, paragraphStart: false, trailingSpace: false };
      };
      for (const token of authorLine) {
        const space = line.runs.length > 0 && token.spaceBefore ? measurer.unitWidth(' ', line.runs[line.runs.length - 1].font) : 0;
        if (line.width + space + token.width <= maxWidth) {
          append(line, token, space > 0, space);
          continue;
        }
        finishLine(token.spaceBefore);
        if (token.width <= maxWidth) {
          append(line, token, false, 0);
          continue;
        }
        const pieces = splitToken(token, maxWidth, measurer);
        pieces.forEach((piece, index) => {
          append(line, piece, false, 0);
          if (index < pieces.length - 1) finishLine(false);
        });
      }
      const lastRun = line.runs[line.runs.length - 1];
      finishLine(lastRun !== undefined && !NO_SPACE_SCRIPT_END.test(lastRun.text));
    });
  }
  return lines;
}

function append(line: TextLine, token: MeasuredToken, withSpace: boolean, spaceWidth: number): void {
  if (withSpace) {
    const last = line.runs[line.runs.length - 1];
    last.text += ' ';
    last.width += spaceWidth;
    line.width += spaceWidth;
  }
  for (const run of token.runs) {
    const last = line.runs[line.runs.length - 1];
    if (last && last.font === run.font) {
      last.text += run.text;
      last.width += run.width;
    } else {
      line.runs.push({ ...run });
    }
    line.width += run.width;
  }
}

/** Cuts an over-long token between graphemes into pieces that each fit a line. */
function splitToken(token: MeasuredToken, maxWidth: number, measurer: TextMeasurer): MeasuredToken[] {
  const pieces: MeasuredToken[] = [];
  let current: MeasuredToken = { runs: [], width: 0, spaceBefore: false };
  for (const run of token.runs) {
    for (const grapheme of graphemesOf(run.text)) {
      const width = measurer.unitWidth(grapheme, run.font);
      if (current.width > 0 && current.width + width > maxWidth) {
        pieces.push(current);
        current = { runs: [], width: 0, spaceBefore: false };
      }
      const last = current.runs[current.runs.length - 1];
      if (last && last.font === run.font) {
        last.text += grapheme;
        last.width += width;
      } else {
        current.runs.push({ text: grapheme, font: run.font, width });
      }
      current.width += width;
    }
  }
  if (current.runs.length > 0) pieces.push(current);
  return pieces;
}
