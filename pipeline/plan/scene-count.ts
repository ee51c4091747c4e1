/**
 * How long a scene should be: a short fable gets small pages (about 50 words, so 150 words make
 * three pictures), a story from 1,500 words up gets about 140 words a page — 18 scenes for 2,500
 * words, 143 for 20,000.
 */
export function wordsPerScene(totalWords: number): number {
  return 45 + 95 * Math.min(1, totalWords / 1_500);
}

export function defaultSceneCount(totalWords: number): number {
  return Math.max(1, Math.round(totalWords / wordsPerScene(totalWords)));
}
