/** Icons the background and weather builders draw by name, beyond the vocabulary's own drawings. */
export const SCENE_ICONS = {
  sun: 'sun',
  moon: 'crescent-moon',
  cloud: 'cloud',
  lightning: 'part:lightning',
  autumnLeaves: ['fallen-leaf', 'maple-leaf'],
  windLeaf: 'leaf-fluttering-in-wind',
  blossom: 'cherry-blossom',
  springFlowers: ['blossom', 'tulip'],
  summerFlowers: ['sunflower', 'blossom'],
  snowman: 'snowman',
} as const;
