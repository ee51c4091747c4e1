import { describePeakParts } from './peak-parts';

const megabytes = (count: number) => count * 1024 * 1024;

describe('describePeakParts', () => {
  it('groups processes by name, largest first, and leaves out ended ones', () => {
    expect(describePeakParts([
      { name: 'esbuild', bytes: megabytes(16) },
      { name: 'node', bytes: megabytes(463) },
      { name: 'ffmpeg', bytes: megabytes(44) },
      { name: 'ffmpeg', bytes: megabytes(43) },
      { name: 'ffmpeg', bytes: 0 },
    ])).toBe('node 463 MB + ffmpeg ×2 87 MB + esbuild 16 MB');
    expect(describePeakParts([])).toBe('');
  });
});
