import type { BookRunFigures } from '../benchmarks/book/book-run-figures';
import { mergeBookRuns } from './merge-repeats';

const run = (totalSeconds: number, peakRssMegabytes: number, peakParts: string): BookRunFigures => ({
  words: 982, scenes: 9, formats: ['web'], videoMode: 'still', stageSeconds: { plan: totalSeconds * 2 }, stageCpuSeconds: {}, totalSeconds,
  cpuSeconds: 14, narrationSeconds: 322, processHighWaterMegabytes: peakRssMegabytes - 10, peakRssMegabytes, peakParts,
});

describe('mergeBookRuns', () => {
  it('keeps the fastest run, the highest memory peak and every total', () => {
    const merged = mergeBookRuns([run(29.4, 460, 'node 448 MB'), run(16.3, 455, 'node 440 MB'), run(21.0, 481, 'node 470 MB')]);
    expect(merged.totalSeconds).toBe(16.3);
    expect(merged.stageSeconds).toEqual({ plan: 32.6 });
    expect(merged.peakRssMegabytes).toBe(481);
    expect(merged.peakParts).toBe('node 470 MB');
    expect(merged.processHighWaterMegabytes).toBe(471);
    expect(merged.runsTotalSeconds).toEqual([29.4, 16.3, 21.0]);
  });

  it('passes a single run through', () => {
    expect(mergeBookRuns([run(16.3, 455, 'x')])).toMatchObject({ totalSeconds: 16.3, runsTotalSeconds: [16.3] });
  });
});
