import { withTreeFigures } from './tree-figures';

const megabytes = (count: number) => count * 1024 * 1024;

describe('withTreeFigures', () => {
  it('takes the sampled tree peak, or the process high-water mark when that is higher, and the CPU wait', () => {
    expect(withTreeFigures({ processHighWaterMegabytes: 300 }, { peakBytes: megabytes(450), peakParts: 'node 450 MB', waitedForCpuSeconds: 3.14159, samples: 9 })).toEqual({
      processHighWaterMegabytes: 300,
      peakRssMegabytes: 450,
      peakParts: 'node 450 MB',
      waitedForCpuSeconds: 3.14,
    });
    expect(withTreeFigures({ processHighWaterMegabytes: 520 }, { peakBytes: megabytes(450), peakParts: '', waitedForCpuSeconds: 0, samples: 9 }).peakRssMegabytes).toBe(520);
  });

  it('leaves figures without memory alone', () => {
    expect(withTreeFigures({ wallMs: 3 }, { peakBytes: 1000, peakParts: '', waitedForCpuSeconds: 1, samples: 1 })).toEqual({ wallMs: 3 });
    expect(withTreeFigures({ processHighWaterMegabytes: 300 }, undefined)).toEqual({ processHighWaterMegabytes: 300 });
  });
});
