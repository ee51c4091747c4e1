/**
 * The colours a character's look is made of, by name. Lexicons map colour words ("red", "rot",
 * "rouge", "roja", "Goldilocks") to these names; looks and image prompts use the names and hexes.
 */
export const COLOURS = {
  red: '#c8312b',
  orange: '#e8812c',
  yellow: '#f2cf3c',
  golden: '#e0a526',
  green: '#3f8f3a',
  blue: '#2f6bb8',
  purple: '#7d4aa3',
  pink: '#e88fb0',
  brown: '#8a5a32',
  grey: '#8d939b',
  silver: '#c3c9cf',
  white: '#f3f1ea',
  black: '#2a2a2e',
} as const;

export type ColourName = keyof typeof COLOURS;
export const COLOUR_NAMES = Object.keys(COLOURS) as ColourName[];
