/**
 * A story as the tellers build it: paragraphs of sentences. Optional sentences are colour that
 * the length fitting may drop; the rest carry the plot.
 */
export interface Sentence {
  text: string;
  optional?: boolean;
}

export type Paragraph = Sentence[];

export const plot = (text: string): Sentence => ({ text });
export const colour = (text: string): Sentence => ({ text, optional: true });

export function paragraphText(paragraph: Paragraph): string {
  return paragraph.map((sentence) => sentence.text).join(' ');
}

export function storyBody(paragraphs: Paragraph[]): string {
  return paragraphs.map(paragraphText).filter(Boolean).join('\n\n');
}

/** Words as a reader counts them, in any language ("that’s" is one word). */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}
