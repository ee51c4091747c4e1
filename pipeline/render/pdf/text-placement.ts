import type { Box } from './page-geometry';
import type { TextLine } from './line-breaking';
import { linesHeight, type TextStyle } from './text-fitting';

export interface PlacedRun {
  text: string;
  font: string;
  x: number;
  width: number;
}

export interface PlacedLine {
  /** The alphabetic baseline, where the writer puts the text. */
  baseline: number;
  runs: PlacedRun[];
}

export interface PlacedText {
  size: number;
  /** The box the text was fitted into; every line lies inside it. */
  box: Box;
  lines: PlacedLine[];
}

export interface Placement {
  /** 'block': lines flush left, the block centred in the box (ragged right reads best); 'center': each line centred. */
  align: 'block' | 'center';
  vertical: 'top' | 'center';
}

/** Positions lines in a box. `metrics` is the main font's, so every line shares one rhythm. */
export function placeLines(lines: TextLine[], size: number, style: TextStyle, box: Box, placement: Placement, metrics: { ascent: number; descent: number }): PlacedText {
  const height = linesHeight(lines, size, style);
  const top = placement.vertical === 'center' ? box.y + Math.max(0, (box.height - height) / 2) : box.y;
  const blockWidth = Math.max(0, ...lines.map((line) => line.width * size));
  const blockLeft = box.x + Math.max(0, (box.width - blockWidth) / 2);
  const lineHeight = size * style.lineHeight;
  // Centre the font's ascent+descent in the line so extra leading falls equally above and below.
  const baselineOffset = (lineHeight - size * (metrics.ascent + metrics.descent)) / 2 + size * metrics.ascent;
  let lineTop = top;
  const placed = lines.map((line, index) => {
    if (index > 0 && line.paragraphStart) lineTop += size * style.paragraphGap;
    let x = placement.align === 'center' ? box.x + Math.max(0, (box.width - line.width * size) / 2) : blockLeft;
    const runs = line.runs.map((run, runIndex) => {
      const text = line.trailingSpace && runIndex === line.runs.length - 1 ? `${run.text} ` : run.text;
      const placedRun = { text, font: run.font, x, width: run.width * size };
      x += placedRun.width;
      return placedRun;
    });
    const result = { baseline: lineTop + baselineOffset, runs };
    lineTop += lineHeight;
    return result;
  });
  return { size, box, lines: placed };
}
