/** Where the story body starts once a title line is taken off, and the title (null if none). */
export interface TitleSplit {
  title: string | null;
  bodyStart: number;
}

const MAX_TITLE_CHARACTERS = 80;
const MAX_TITLE_WORDS = 12;
// A line this long is a paragraph of prose, not a line of verse.
const PROSE_LINE_CHARACTERS = 100;
// A title does not end a sentence; a line that does is the story's first line.
const SENTENCE_END = /[.!?…:;,。！？、，；：]["'”’»」』)\]]*$/u;
const STARTS_AS_DIALOGUE = /^["'“‘„«»「『—–-]/u;

/**
 * Takes a short first line without final punctuation as the title: followed by a blank line, or
 * by a long prose line. A verse's first line (followed by another short line) stays in the story.
 */
export function findTitle(text: string): TitleSplit {
  const lineEnd = text.indexOf('\n');
  if (lineEnd === -1) return { title: null, bodyStart: 0 };
  const line = text.slice(0, lineEnd).replace(/^#+\s*/, '').trim();
  const rest = text.slice(lineEnd + 1);
  const bodyOffset = rest.search(/\S/);
  if (bodyOffset === -1) return { title: null, bodyStart: 0 };
  if (!looksLikeTitle(line)) return { title: null, bodyStart: 0 };
  const followedByBlankLine = /^[ \u00a0]*\n/.test(rest);
  const nextLine = rest.slice(bodyOffset).split('\n', 1)[0];
  if (!followedByBlankLine && nextLine.length < PROSE_LINE_CHARACTERS) return { title: null, bodyStart: 0 };
  return { title: tidyTitle(line), bodyStart: lineEnd + 1 + bodyOffset };
}

function looksLikeTitle(line: string): boolean {
  if (line.length === 0 || line.length > MAX_TITLE_CHARACTERS) return false;
  if (line.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  if (!/\p{L}/u.test(line)) return false;
  return !SENTENCE_END.test(line) && !STARTS_AS_DIALOGUE.test(line);
}

/** "LITTLE RED-CAP" → "Little Red-Cap": shouting capitals read badly on a cover. */
function tidyTitle(line: string): string {
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return line;
  return line.toLowerCase().replace(/(^|[\s\-–—(])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}
