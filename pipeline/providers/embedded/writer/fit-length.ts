import { colour, paragraphText, type Paragraph } from './story-text';

export interface WordRange {
  min: number;
  max: number;
}

/**
 * Brings a story inside its word range without touching the plot: too long, it drops optional
 * sentences from the longest paragraphs; too short, it adds colour sentences to the ends of the
 * middle paragraphs, one each in turn (never inside a run of plot, never to the opening or the
 * closing paragraph).
 */
export function fitLength(paragraphs: Paragraph[], range: WordRange, texture: string[], countWords: (text: string) => number): Paragraph[] {
  const story = paragraphs.map((paragraph) => [...paragraph]);
  const words = () => story.reduce((sum, paragraph) => sum + countWords(paragraphText(paragraph)), 0);
  while (words() > range.max) {
    const candidates = story.filter((paragraph) => paragraph.some((sentence) => sentence.optional));
    if (candidates.length === 0) break;
    const longest = candidates.reduce((best, paragraph) => (countWords(paragraphText(paragraph)) > countWords(paragraphText(best)) ? paragraph : best));
    const position = longest.map((sentence) => Boolean(sentence.optional)).lastIndexOf(true);
    longest.splice(position, 1);
  }
  const pool = [...texture];
  const middle = story.slice(1, -1);
  let turn = 0;
  while (words() < range.min && pool.length > 0 && middle.length > 0) {
    const paragraph = middle[turn++ % middle.length];
    paragraph.push(colour(pool.shift()!));
  }
  return story;
}
