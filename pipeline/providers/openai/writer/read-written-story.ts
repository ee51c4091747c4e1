/**
 * The title and the story from a writer model's answer, whatever small liberties it took: a
 * Markdown heading or "Title:" label, bold, quotes, a code fence, paragraphs on single lines.
 */
export function readWrittenStory(answer: string): { title: string | null; text: string } {
  const lines = answer
    .replace(/\r\n?/g, '\n')
    .replace(/^```[a-z]*\n|\n```\s*$/g, '')
    .split('\n');
  const first = lines.findIndex((line) => line.trim().length > 0);
  if (first === -1) return { title: null, text: '' };
  const candidate = cleanTitle(lines[first]);
  const isTitle = candidate.length > 0 && candidate.length <= 100 && !/[.!?]["”»’']?$/.test(candidate) && lines.slice(first + 1).some((line) => line.trim());
  const body = (isTitle ? lines.slice(first + 1) : lines.slice(first)).join('\n').trim();
  return { title: isTitle ? candidate : null, text: paragraphs(body) };
}

function cleanTitle(line: string): string {
  return line
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/^title\s*:\s*/i, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/^["“„«'](.*)["”»']$/, '$1')
    .trim();
}

/** Paragraphs separated by one blank line; a story written line by line gets a paragraph a line. */
function paragraphs(body: string): string {
  const hasBlankLines = /\n\s*\n/.test(body);
  const blocks = hasBlankLines ? body.split(/\n\s*\n/) : body.split('\n');
  return blocks
    .map((block) => block.split('\n').map((line) => line.trim()).join('\n').trim())
    .filter((block) => block.length > 0 && !/^(the end|ende|fin)\.?$/i.test(block))
    .join('\n\n');
}
