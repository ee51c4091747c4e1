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
const JOINING_CODES = new Set([...' \u00a0-‐\'’'].map((character) => character.charCodeAt(0)));
const SPEECH_CODES = new Set([...'"“„«»‹›「『\'‘:—–'].map((character) => character.charCodeAt(0)));

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
    // Most gaps are one space: decide those without slicing or a regular expression.
    const single = previousEnd >= 0 && start - previousEnd === 1 ? text.charCodeAt(previousEnd) : -1;
    const gap = previousEnd < 0 || single !== -1 || start - previousEnd > 3 ? null : text.slice(previousEnd, start);
    const lower = word.toLowerCase();
    const capitalized = word[0] !== lower[0];
    const joined = single !== -1 ? JOINING_CODES.has(single) : gap !== null && JOINING_GAP.test(gap);
    const opensSpeech = previousEnd >= 0 && (single !== -1 ? SPEECH_CODES.has(single) : OPENS_SPEECH.test(gap ?? text.slice(previousEnd, start)));
    tokens.push({
      start,
      end: start + word.length,
      lower,
      capitalized,
      shouted: capitalized && word.length > 1 && word !== lower && word === word.toUpperCase(),
      sentenceInitial: previousEnd < 0 || previousEnd <= lastSentenceStart || opensSpeech,
      joined,
    });
    previousEnd = start + word.length;
  }
  return tokens;
}
