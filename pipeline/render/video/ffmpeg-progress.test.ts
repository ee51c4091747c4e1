import { outputPosition, ProgressReader, progressPercent } from './ffmpeg-progress';

describe('ProgressReader', () => {
  it('reads positions from -progress blocks, even when a chunk splits a line', () => {
    const reader = new ProgressReader();
    expect(reader.push('frame=12\nfps=0.0\nout_time_us=1500')).toEqual([]);
    expect(reader.push('000\nout_time=00:00:01.500000\nprogress=continue\n')).toEqual([1500, 1500]);
    expect(reader.push('out_time_ms=62000000\nprogress=end\n')).toEqual([62000]);
  });

  it('ignores N/A and the negative times ffmpeg prints before the first frame', () => {
    expect(outputPosition('out_time_us=N/A')).toBeNull();
    expect(outputPosition('out_time_us=-23220')).toBeNull();
    expect(outputPosition('out_time=01:02:03.250000')).toBe(3_723_250);
    expect(outputPosition('bitrate=  12.3kbits/s')).toBeNull();
  });
});

describe('progressPercent', () => {
  it('is the share of the duration done, held below 100 until ffmpeg has finished', () => {
    expect(progressPercent(15_000, 60_000)).toBe(25);
    expect(progressPercent(61_000, 60_000)).toBe(99);
    expect(progressPercent(-5, 60_000)).toBe(0);
    expect(progressPercent(100, 0)).toBe(0);
  });
});
