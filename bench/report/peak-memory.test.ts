import { withPeakMemory } from './peak-memory';

describe('withPeakMemory', () => {
  it('takes the sampled tree peak, or the process high-water mark when that is higher', () => {
    expect(withPeakMemory({ processHighWaterMegabytes: 300 }, 450 * 1024 * 1024)).toEqual({ processHighWaterMegabytes: 300, peakRssMegabytes: 450 });
    expect(withPeakMemory({ processHighWaterMegabytes: 520 }, 450 * 1024 * 1024).peakRssMegabytes).toBe(520);
  });

  it('leaves figures without memory alone', () => {
    expect(withPeakMemory({ wallMs: 3 }, 1000)).toEqual({ wallMs: 3 });
    expect(withPeakMemory({ processHighWaterMegabytes: 300 }, undefined)).toEqual({ processHighWaterMegabytes: 300 });
  });
});
