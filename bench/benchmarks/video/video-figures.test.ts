import { encodingFigures } from './video-figures';

describe('encodingFigures', () => {
  it('takes the median run and gives real-time factors by wall and by CPU time', () => {
    const figures = encodingFigures(200, [{ seconds: 2, cpuSeconds: 1.5 }, { seconds: 1, cpuSeconds: 1 }, { seconds: 4, cpuSeconds: 1.6 }]);
    expect(figures).toEqual({ seconds: 2, runs: 3, realTimeFactor: 100, cpuSeconds: 1.5, cpuRealTimeFactor: 200 / 1.5 });
  });

  it('takes the faster of two runs as the median', () => {
    expect(encodingFigures(100, [{ seconds: 5, cpuSeconds: 4 }, { seconds: 4, cpuSeconds: 4 }]).seconds).toBe(4);
  });
});
