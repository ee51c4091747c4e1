/**
 * Cuts a scene's text into the sentences the narrator speaks one at a time, and each sentence into
 * words, with character offsets into the original text. Pure; uses Intl.Segmenter for the language.
 */
export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

export interface SentenceSpan {
  start: number;
  end: number;
  words: WordSpan[];
  /** First sentence after a blank line: it gets the longer paragraph pause before it. */
  startsParagraph: boolean;
}

// Titles and initials end in a full stop that does not end the sentence ("Mr. Fox", "J. R. R.").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'mt', 'prof', 'jr', 'sr', 'sra', 'srta', 'dra', 'hr', 'fr', 'frl',
  'mme', 'mlle', 'sig', 'dott', 'dhr', 'mevr', 'nr', 'no', 'vs',
]);

// A blank line (possibly holding spaces) separates paragraphs; a single line break is hard wrapping.
const PARAGRAPH_BREAK = /[ \t]*\r?\n[ \t]*(?:\r?\n[ \t\r\n]*)+/g;

function segmenter(language: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  try {
    return new Intl.Segmenter(language, { granularity });
  } catch {
    return new Intl.Segmenter('en', { granularity });
  }
}

function paragraphRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    ranges.push([start, match.index!]);
    start = match.index! + match[0].length;
  }
  ranges.push([start, text.length]);
  return ranges.filter(([from, to]) => to > from);
}

function endsInAbbreviation(text: string, sentence: SentenceSpan): boolean {
  if (!text.slice(sentence.start, sentence.end).endsWith('.')) return false;
  const last = sentence.words[sentence.words.length - 1];
  if (last.end !== sentence.end - 1) return false;
  const word = last.text.toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

function sentencesOfParagraph(text: string, from: number, to: number, language: string): SentenceSpan[] {
  // Line breaks become spaces (same length, so offsets hold) so wrapped lines read as one sentence.
  const paragraph = text.slice(from, to).replace(/[\r\n]/g, ' ');
  const words = segmenter(language, 'word');
  const sentences: SentenceSpan[] = [];
  for (const segment of segmenter(language, 'sentence').segment(paragraph)) {
    const leading = segment.segment.length - segment.segment.trimStart().length;
    const trimmed = segment.segment.trim();
    if (trimmed.length === 0) continue;
    const start = from + segment.index + leading;
    const spans: WordSpan[] = [];
    for (const word of words.segment(trimmed)) {
      if (word.isWordLike) spans.push({ text: word.segment, start: start + word.index, end: start + word.index + word.segment.length });
    }
    // Punctuation alone ("…", "—") is not spoken; it only adds to the pause.
    if (spans.length === 0) continue;
    const sentence: SentenceSpan = { start, end: start + trimmed.length, words: spans, startsParagraph: false };
    const previous = sentences[sentences.length - 1];
    if (previous && endsInAbbreviation(text, previous)) {
      previous.end = sentence.end;
      previous.words.push(...sentence.words);
    } else {
      sentences.push(sentence);
    }
  }
  if (sentences.length > 0) sentences[0].startsParagraph = true;
  return sentences;
}

export function splitSentences(text: string, language: string): SentenceSpan[] {
  return paragraphRanges(text).flatMap(([from, to]) => sentencesOfParagraph(text, from, to, language));
}

/** The sentence as eSpeak reads it: one line, since eSpeak treats a line break as a pause. */
export function speakableText(text: string, sentence: SentenceSpan): string {
  return text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ');
}
