/** A word as the lexicon and the name finder see it. */
export interface Token {
  start: number;
  end: number;
  lower: string;
  /** Starts with a capital letter. */
  capitalized: boolean;
  /** Written in capitals throughout ("THE END", "NO!"): shouting, not a name. */
  shouted: boolean;
  /** The first word of a sentence, a line, or a quotation: capitalized whatever it is. */
  sentenceInitial: boolean;
  /** Only a space, a hyphen or an apostrophe stands between it and the word before. */
  joined: boolean;
}

// Hyphens and apostrophes split words here, as phraseTokens splits lexicon phrases.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const JOINING_GAP = /^(?:[ \u00a0]{1,2}|[-‐'’])$/u;
const OPENS_SPEECH = /["“„«»‹›「『'‘:—–]/u;

/**
 * Every word of the text with what the lexicon and name finder need. `sentenceStarts` are
 * offsets where a sentence or line begins (sorted); a word is sentence-initial if no word stands
 * between it and the last of them, or if speech opens just before it.
 */
export function tokenize(text: string, sentenceStarts: number[]): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  let nextSentence = 0;
  let lastSentenceStart = 0;
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    const word = match[0];
    while (nextSentence < sentenceStarts.length && sentenceStarts[nextSentence] <= start) lastSentenceStart = sentenceStarts[nextSentence++];
    const gapLength = start - previousEnd;
    const gap = previousEnd < 0 || gapLength > 3 ? null : text.slice(previousEnd, start);
    const lower = word.toLowerCase();
    const capitalized = word[0] !== lower[0];
    tokens.push({
      start,
      end: start + word.length,
      lower,
      capitalized,
      shouted: capitalized && word.length > 1 && word !== lower && word === word.toUpperCase(),
      sentenceInitial: previousEnd < 0 || previousEnd <= lastSentenceStart || (gap === null ? OPENS_SPEECH.test(text.slice(previousEnd, start)) : OPENS_SPEECH.test(gap)),
      joined: gap !== null && JOINING_GAP.test(gap),
    });
    previousEnd = start + word.length;
  }
  return tokens;
}
