import { defaultSceneCount, wordsPerScene } from './scene-count';

describe('defaultSceneCount', () => {
  it('gives a 150-word fable 2 to 4 scenes', () => {
    expect(defaultSceneCount(150)).toBeGreaterThanOrEqual(2);
    expect(defaultSceneCount(150)).toBeLessThanOrEqual(4);
  });

  it('gives a 2,500-word tale 12 to 20 scenes and a 20,000-word text 130 to 200', () => {
    expect(defaultSceneCount(2_500)).toBeGreaterThanOrEqual(12);
    expect(defaultSceneCount(2_500)).toBeLessThanOrEqual(20);
    expect(defaultSceneCount(20_000)).toBeGreaterThanOrEqual(130);
    expect(defaultSceneCount(20_000)).toBeLessThanOrEqual(200);
  });

  it('never gives fewer than one scene, and keeps scenes between 45 and 140 words', () => {
    expect(defaultSceneCount(0)).toBe(1);
    expect(defaultSceneCount(12)).toBe(1);
    for (const words of [10, 500, 1_000, 5_000, 100_000]) {
      expect(wordsPerScene(words)).toBeGreaterThanOrEqual(45);
      expect(wordsPerScene(words)).toBeLessThanOrEqual(140);
    }
  });
});
