import { formatCount, formatMilliseconds } from '../../report/format-figures';
import type { TableRow } from '../../report/format-table';

export interface PlannerFigures {
  words: number;
  scenes: number;
  characters: number;
  warmUpRuns: number;
  runs: number;
  medianMs: number;
  fastestMs: number;
  /** Words over the median run's time. */
  wordsPerSecond: number;
}

export function plannerRows(figures: PlannerFigures): TableRow[] {
  return [
    { label: `plan time, median of ${figures.runs} after ${figures.warmUpRuns} warm-up runs`, value: formatMilliseconds(figures.medianMs) },
    { label: 'fastest run', value: formatMilliseconds(figures.fastestMs) },
    { label: 'scenes / bible characters', value: `${figures.scenes} / ${figures.characters}` },
    { label: 'throughput', value: `${formatCount(figures.wordsPerSecond)} words/s`, targetId: 'planner.throughput' },
  ];
}
