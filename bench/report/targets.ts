import type { BenchmarkName } from '../cli/bench-options';
import type { BenchResults } from './bench-results';
import { formatCount, formatFactor, formatMegabytes, formatMilliseconds, formatSeconds } from './format-figures';

export type Comparison = '<' | '≤' | '>' | '≥';

/** One target from issue #8, read from the figures of one benchmark. */
export interface Target {
  id: string;
  benchmark: BenchmarkName;
  comparison: Comparison;
  limit: (results: BenchResults) => number;
  value: (results: BenchResults) => number | null | undefined;
  format: (value: number) => string;
}

export interface TargetCheck {
  id: string;
  benchmark: BenchmarkName;
  value: number | null;
  limit: number;
  comparison: Comparison;
  /** "< 15 s": the target as the table shows it. */
  shown: string;
  /** null: the figure was not measured (the benchmark failed). */
  pass: boolean | null;
}

const fixed = (limit: number) => () => limit;

export const TARGETS: readonly Target[] = [
  { id: 'book.total', benchmark: 'book', comparison: '<', limit: fixed(15), value: (r) => r.book?.totalSeconds, format: formatSeconds },
  { id: 'book.peak-rss', benchmark: 'book', comparison: '<', limit: fixed(500), value: (r) => r.book?.peakRssMegabytes, format: formatMegabytes },
  { id: 'video.still-real-time', benchmark: 'video', comparison: '≥', limit: fixed(80), value: (r) => r.video?.still.realTimeFactor, format: formatFactor },
  { id: 'video.still-vs-baseline', benchmark: 'video', comparison: '≥', limit: fixed(10), value: (r) => r.video?.stillToBaseline, format: formatFactor },
  { id: 'video.motion-real-time', benchmark: 'video', comparison: '≥', limit: fixed(6), value: (r) => r.video?.motion.realTimeFactor, format: formatFactor },
  { id: 'parallelism.wall-vs-ideal', benchmark: 'parallelism', comparison: '≤', limit: fixed(1.5), value: (r) => r.parallelism?.wallToIdeal, format: formatFactor },
  {
    id: 'parallelism.first-scene',
    benchmark: 'parallelism',
    comparison: '≤',
    // Two calls' time depends on the delays the benchmark used.
    limit: (r) => r.parallelism?.firstSceneLimitMs ?? Number.NaN,
    value: (r) => r.parallelism?.firstSceneMs,
    format: formatMilliseconds,
  },
  { id: 'scale.peak-rss', benchmark: 'scale', comparison: '<', limit: fixed(700), value: (r) => r.scale?.peakRssMegabytes, format: formatMegabytes },
  { id: 'planner.throughput', benchmark: 'planner', comparison: '>', limit: fixed(200_000), value: (r) => r.planner?.wordsPerSecond, format: (value) => `${formatCount(value)} words/s` },
  {
    id: 'server.no-event-lost',
    benchmark: 'server',
    comparison: '≤',
    limit: fixed(0),
    value: (r) => (r.server ? r.server.lost + r.server.outOfOrder + r.server.duplicates : null),
    format: (value) => String(value),
  },
  { id: 'server.p95-delay', benchmark: 'server', comparison: '<', limit: fixed(100), value: (r) => r.server?.p95DelayMs, format: formatMilliseconds },
];

export function meets(value: number, comparison: Comparison, limit: number): boolean {
  switch (comparison) {
    case '<': return value < limit;
    case '≤': return value <= limit;
    case '>': return value > limit;
    case '≥': return value >= limit;
  }
}

/** Checks the targets of the benchmarks that were asked for; a missing figure is "not measured". */
export function checkTargets(results: BenchResults, ran: readonly BenchmarkName[]): TargetCheck[] {
  return TARGETS.filter((target) => ran.includes(target.benchmark)).map((target) => {
    const limit = target.limit(results);
    const raw = target.value(results);
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    return {
      id: target.id,
      benchmark: target.benchmark,
      value,
      limit,
      comparison: target.comparison,
      shown: `${target.comparison} ${Number.isFinite(limit) ? target.format(limit) : '?'}`,
      pass: value === null || !Number.isFinite(limit) ? null : meets(value, target.comparison, limit),
    };
  });
}
