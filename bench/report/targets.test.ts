import type { BookRunFigures } from '../benchmarks/book/book-run-figures';
import type { ParallelismFigures } from '../benchmarks/parallelism/parallelism-figures';
import { checkTargets, meets, TARGETS } from './targets';

const book = (totalSeconds: number, peakRssMegabytes: number | null): BookRunFigures => ({
  words: 988, scenes: 9, formats: ['web', 'pdf', 'mp4'], videoMode: 'still', stageSeconds: {}, stageCpuSeconds: {}, totalSeconds, cpuSeconds: 12, narrationSeconds: 360, processHighWaterMegabytes: 400, peakRssMegabytes,
});

describe('targets', () => {
  it('compares strictly for "under" and "over", inclusively for "at least" and "within"', () => {
    expect(meets(15, '<', 15)).toBe(false);
    expect(meets(14.9, '<', 15)).toBe(true);
    expect(meets(80, '≥', 80)).toBe(true);
    expect(meets(1.5, '≤', 1.5)).toBe(true);
    expect(meets(200_000, '>', 200_000)).toBe(false);
  });

  it('checks only the benchmarks that ran, and says when a figure is missing', () => {
    const checks = checkTargets({ book: book(12.3, null) }, ['book']);
    expect(checks.map((check) => [check.id, check.pass, check.shown])).toEqual([
      ['book.total', true, '< 15.0 s'],
      ['book.peak-rss', null, '< 500 MB'],
    ]);
  });

  it('fails a slow book and takes the first-scene limit from the figures', () => {
    const parallelism = { wallToIdeal: 1.2, firstSceneMs: 1_700, firstSceneLimitMs: 1_600 } as ParallelismFigures;
    const checks = checkTargets({ book: book(23.1, 645), parallelism }, ['book', 'parallelism']);
    expect(Object.fromEntries(checks.map((check) => [check.id, check.pass]))).toEqual({
      'book.total': false,
      'book.peak-rss': false,
      'parallelism.wall-vs-ideal': true,
      'parallelism.first-scene': false,
    });
    expect(checks.find((check) => check.id === 'parallelism.first-scene')!.shown).toBe('≤ 1600 ms');
  });

  it('has one target per line of the issue, each with a unique id', () => {
    expect(new Set(TARGETS.map((target) => target.id)).size).toBe(TARGETS.length);
    expect(TARGETS).toHaveLength(11);
  });
});
