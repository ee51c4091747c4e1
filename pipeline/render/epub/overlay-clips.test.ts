import { clipsDurationMs, clockValue, overlayClips } from './overlay-clips';

const word = (startMs: number, endMs: number) => ({ start: 0, end: 1, startMs, endMs });

describe('overlayClips', () => {
  it('runs each clip from its word to the next word, the last to its own end', () => {
    const clips = overlayClips([
      { index: 0, word: word(100.4, 300) },
      { index: 1, word: word(400, 600) },
      { index: 3, word: word(700, 950.6) },
    ]);
    expect(clips).toEqual([
      { word: 0, beginMs: 100, endMs: 400 },
      { word: 1, beginMs: 400, endMs: 700 },
      { word: 3, beginMs: 700, endMs: 951 },
    ]);
    expect(clipsDurationMs(clips)).toBe(851);
  });

  it('never reverses or overlaps clips, whatever the timings say', () => {
    const clips = overlayClips([
      { index: 0, word: word(500, 400) },
      { index: 1, word: word(500, 500) },
      { index: 2, word: word(300, 350) },
      { index: 3, word: word(900, 800) },
    ]);
    for (const [position, clip] of clips.entries()) {
      expect(clip.endMs).toBeGreaterThan(clip.beginMs);
      if (position > 0) expect(clip.beginMs).toBeGreaterThanOrEqual(clips[position - 1].endMs);
    }
    expect(clips.map((clip) => clip.word)).toEqual([0, 1, 2, 3]);
  });

  it('has nothing to play for a page without words', () => {
    expect(overlayClips([])).toEqual([]);
    expect(clipsDurationMs([])).toBe(0);
  });
});

describe('clockValue', () => {
  it('writes full SMIL clock values', () => {
    expect(clockValue(0)).toBe('0:00:00.000');
    expect(clockValue(1234.6)).toBe('0:00:01.235');
    expect(clockValue(3_723_004)).toBe('1:02:03.004');
  });
});
