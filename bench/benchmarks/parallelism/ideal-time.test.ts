import { firstCompleteSceneMs, firstSceneLimitMs, idealWallTime } from './ideal-time';

describe('idealWallTime', () => {
  it('spreads the calls over the configured concurrency: 12 scenes, 4 at once, 800 + 500 ms', () => {
    expect(idealWallTime({ scenes: 12, pictureMs: 800, narrationMs: 500, scenesAtOnce: 4 })).toEqual({
      totalCallMs: 15_600,
      slowestSceneMs: 800,
      idealMs: 3_900,
      bestScheduleMs: 2_400,
    });
  });

  it('never promises less than the slowest scene', () => {
    expect(idealWallTime({ scenes: 2, pictureMs: 800, narrationMs: 500, scenesAtOnce: 4 })).toMatchObject({ idealMs: 800, bestScheduleMs: 800 });
    expect(idealWallTime({ scenes: 1, pictureMs: 100, narrationMs: 900, scenesAtOnce: 1 }).idealMs).toBe(1_000);
  });

  it('counts the rounds of a lane schedule when scenes do not divide evenly', () => {
    expect(idealWallTime({ scenes: 13, pictureMs: 800, narrationMs: 500, scenesAtOnce: 4 }).bestScheduleMs).toBe(3_200);
  });

  it('allows two of the slowest call for the first scene', () => {
    expect(firstSceneLimitMs({ scenes: 12, pictureMs: 800, narrationMs: 500, scenesAtOnce: 4 })).toBe(1_600);
  });
});

describe('firstCompleteSceneMs', () => {
  it('finds the first scene with both parts, whichever scene it is', () => {
    expect(firstCompleteSceneMs([
      { type: 'scene:narrated', index: 0, atMs: 500 },
      { type: 'scene:narrated', index: 1, atMs: 510 },
      { type: 'scene:illustrated', index: 1, atMs: 790 },
      { type: 'scene:illustrated', index: 0, atMs: 805 },
    ])).toBe(790);
  });

  it('does not count one part twice, and says null when no scene finished', () => {
    expect(firstCompleteSceneMs([
      { type: 'scene:narrated', index: 0, atMs: 500 },
      { type: 'scene:narrated', index: 0, atMs: 600 },
    ])).toBeNull();
    expect(firstCompleteSceneMs([])).toBeNull();
  });
});
