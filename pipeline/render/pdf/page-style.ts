import type { Rgb } from './picture-preparation';

/** The book's colours: warm paper, brown ink, a terracotta accent, a deep teal cover. */
export const COLOURS = {
  paper: '#fbf6ec',
  ink: '#3a2e28',
  accent: '#c8794e',
  /** Frames, rules and the picture's soft shadow. */
  soft: '#e6d8c1',
  folio: '#9a8370',
  cover: '#2f5a69',
  coverInk: '#fff4df',
  coverAccent: '#e9b872',
  trimMarks: '#000000',
} as const;

export function rgbOf(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}
