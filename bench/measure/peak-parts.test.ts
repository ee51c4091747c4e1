import { describePeakParts, ownMemory } from './peak-parts';

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

describe('ownMemory', () => {
  it('leaves out a child forked from the benchmark that has not yet become ffmpeg', () => {
    const processes = [
      { pid: 10, parentPid: 1, name: 'node', bytes: megabytes(400) },
      { pid: 11, parentPid: 10, name: 'node', bytes: megabytes(400) },
      { pid: 12, parentPid: 10, name: 'ffmpeg', bytes: megabytes(60) },
    ];
    expect(ownMemory(processes).map((process) => process.pid)).toEqual([10, 12]);
  });
});
