import { formatFactor, formatMilliseconds } from '../../report/format-figures';
import type { TableRow } from '../../report/format-table';

export interface ParallelismFigures {
  scenes: number;
  pictureMs: number;
  narrationMs: number;
  scenesAtOnce: number;
  wallMs: number;
  totalCallMs: number;
  /** The ideal: total call time ÷ scenes at once, at least the slowest scene. */
  idealMs: number;
  wallToIdeal: number;
  /** The best a schedule of `scenesAtOnce` lanes can do, each scene as long as its slower call. */
  bestScheduleMs: number;
  wallToBestSchedule: number;
  /** From makeBook's start until some scene had both its picture and its narration. */
  firstSceneMs: number | null;
  firstSceneLimitMs: number;
  /** The most calls seen in flight at once. */
  highestCallsInFlight: number;
}

export function parallelismRows(figures: ParallelismFigures): TableRow[] {
  return [
    { label: 'wall time', value: formatMilliseconds(figures.wallMs) },
    { label: `ideal (${figures.totalCallMs.toLocaleString('en')} ms of calls ÷ ${figures.scenesAtOnce}, ≥ slowest scene)`, value: formatMilliseconds(figures.idealMs) },
    { label: 'wall ÷ ideal', value: formatFactor(figures.wallToIdeal), targetId: 'parallelism.wall-vs-ideal' },
    { label: `best ${figures.scenesAtOnce}-lane schedule (picture ‖ narration per scene)`, value: formatMilliseconds(figures.bestScheduleMs) },
    { label: 'wall ÷ best schedule (the schedule\'s own cost)', value: formatFactor(figures.wallToBestSchedule) },
    { label: 'first scene complete (picture and audio)', value: formatMilliseconds(figures.firstSceneMs), targetId: 'parallelism.first-scene' },
    { label: 'most calls in flight at once', value: String(figures.highestCallsInFlight) },
  ];
}
