import { findPauses, SILENCE_THRESHOLD, trimSilence } from './silence';

const RATE = 1000; // one sample per millisecond keeps the arithmetic readable

function clip(parts: Array<['speech' | 'silence', number]>): Int16Array {
  const samples: number[] = [];
  for (const [kind, length] of parts) {
    for (let index = 0; index < length; index++) samples.push(kind === 'speech' ? (index % 2 ? 4000 : -4000) : index % 3 === 0 ? 10 : 0);
  }
  return Int16Array.from(samples);
}

describe('trimSilence', () => {
  it('cuts leading and trailing silence, keeping a margin on each side', () => {
    const samples = clip([['silence', 500], ['speech', 300], ['silence', 100], ['speech', 200], ['silence', 700]]);
    expect(trimSilence(samples, RATE, { leadMs: 15, tailMs: 40 })).toEqual({ start: 485, end: 1140 });
  });

  it('never reaches past the clip', () => {
    const samples = clip([['speech', 50]]);
    expect(trimSilence(samples, RATE)).toEqual({ start: 0, end: 50 });
  });

  it('gives an empty range for a silent clip', () => {
    expect(trimSilence(clip([['silence', 400]]), RATE)).toEqual({ start: 0, end: 0 });
    expect(trimSilence(new Int16Array(0), RATE)).toEqual({ start: 0, end: 0 });
  });

  it('treats samples at the threshold as silence', () => {
    const samples = Int16Array.from([0, SILENCE_THRESHOLD, -SILENCE_THRESHOLD, SILENCE_THRESHOLD + 1, 0]);
    expect(trimSilence(samples, RATE, { leadMs: 0, tailMs: 0 })).toEqual({ start: 3, end: 4 });
  });
});

describe('findPauses', () => {
  it('finds silences at least as long as asked, to the frame', () => {
    const samples = clip([['speech', 300], ['silence', 200], ['speech', 100], ['silence', 50], ['speech', 100]]);
    const pauses = findPauses(samples, RATE, 100);
    expect(pauses).toHaveLength(1);
    expect(pauses[0].startMs).toBeGreaterThanOrEqual(300);
    expect(pauses[0].startMs).toBeLessThan(305);
    expect(pauses[0].endMs).toBeGreaterThan(495);
    expect(pauses[0].endMs).toBeLessThanOrEqual(500);
  });

  it('reports trailing silence and nothing in continuous speech', () => {
    expect(findPauses(clip([['speech', 200], ['silence', 150]]), RATE, 100)).toHaveLength(1);
    expect(findPauses(clip([['speech', 1000]]), RATE, 100)).toEqual([]);
  });
});
