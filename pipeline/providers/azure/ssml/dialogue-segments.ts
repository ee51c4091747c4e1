/**
 * A scene's text cut into narration and spoken lines, so a second voice can read what characters
 * say. A spoken line is a quotation between matching marks; everything else is narration.
 * Segments are contiguous and cover the text. Pure.
 */
export interface TextSegment {
  start: number;
  end: number;
  dialogue: boolean;
}

const PAIRS: Record<string, string> = { '“': '”', '„': '“', '«': '»', '»': '«', '‹': '›', '「': '」', '『': '』', '"': '"' };
// A quotation longer than this is more likely an unclosed mark than a line of dialogue.
const LONGEST_LINE = 600;

export function dialogueSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  let index = 0;
  while (index < text.length) {
    const close = PAIRS[text[index]];
    const end = close ? text.indexOf(close, index + 1) : -1;
    if (close && end > index + 1 && end - index <= LONGEST_LINE && /[\p{L}\p{N}]/u.test(text.slice(index + 1, end))) {
      if (index > cursor) segments.push({ start: cursor, end: index, dialogue: false });
      segments.push({ start: index, end: end + 1, dialogue: true });
      cursor = index = end + 1;
      continue;
    }
    index++;
  }
  if (cursor < text.length) segments.push({ start: cursor, end: text.length, dialogue: false });
  return segments;
}
