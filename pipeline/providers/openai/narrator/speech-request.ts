import { splitSentences } from '../../embedded/narrator/split-sentences';
import { languageName } from '../writer/story-prompt';

/** Whether the model takes spoken-style instructions (gpt-4o-mini-tts does; tts-1 does not). */
export function takesInstructions(model: string): boolean {
  return model.startsWith('gpt-4o');
}

/**
 * How to ask for a storytelling delivery: gpt-4o-mini-tts takes instructions (and ignores
 * `speed`), so rate and style go into them; tts-1 and compatible servers take `speed` and no
 * instructions, so a style is reported as not applied. Pure.
 */
export function speechDelivery(model: string, language: string, rate: number, style: string | undefined): { instructions?: string; speed?: number; warnings: string[] } {
  if (takesInstructions(model)) {
    const parts = [`Read aloud in ${languageName(language)} as a warm, expressive storyteller reading a picture book to children, with natural pauses between sentences.`];
    if (style) parts.push(`Delivery: ${style}.`);
    if (rate < 0.95) parts.push(`Speak slowly, at about ${Math.round(rate * 100)} % of normal speed.`);
    if (rate > 1.05) parts.push(`Speak briskly, at about ${Math.round(rate * 100)} % of normal speed.`);
    return { instructions: parts.join(' '), warnings: [] };
  }
  const warnings = style ? [`${model} takes no speaking style, so "${style}" was not applied`] : [];
  return { speed: rate, warnings };
}

/**
 * The text cut into pieces the speech endpoint accepts (4,096 characters at most), between
 * sentences where possible, between words otherwise. Offsets point into the text.
 */
export function speechChunks(text: string, language: string, limit = 4000): Array<{ start: number; end: number }> {
  const chunks: Array<{ start: number; end: number }> = [];
  let current: { start: number; end: number } | null = null;
  for (const sentence of splitSentences(text, language)) {
    for (const piece of pieces(text, sentence.start, sentence.end, limit)) {
      if (current && piece.end - current.start <= limit) current.end = piece.end;
      else chunks.push((current = { ...piece }));
    }
  }
  return chunks;
}

/** A sentence longer than the limit, cut at the last space before it. */
function pieces(text: string, start: number, end: number, limit: number): Array<{ start: number; end: number }> {
  const result: Array<{ start: number; end: number }> = [];
  let from = start;
  while (end - from > limit) {
    const space = text.lastIndexOf(' ', from + limit);
    const cut = space > from ? space : from + limit;
    result.push({ start: from, end: cut });
    from = cut;
    while (from < end && /\s/.test(text[from])) from++;
  }
  if (end > from) result.push({ start: from, end });
  return result;
}
