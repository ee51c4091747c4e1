/**
 * What the fake service reads from SSML: the voices asked for, styles and rates, and every word
 * and punctuation mark with the text the service reports for it. Deliberately small: it reads
 * the SSML the narrator writes, not every SSML there is.
 */
export interface SpokenToken {
  text: string;
  kind: 'WordBoundary' | 'PunctuationBoundary';
  voice: string;
  rate: number;
  /** A sentence ends after this token. */
  endsSentence: boolean;
}

export interface ReadSsml {
  voices: string[];
  styles: string[];
  tokens: SpokenToken[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function readSsml(ssml: string): ReadSsml {
  const voices: string[] = [];
  const styles: string[] = [];
  const tokens: SpokenToken[] = [];
  const voiceStack: string[] = [];
  const rateStack: number[] = [1];
  for (const piece of ssml.split(/(<[^>]+>)/)) {
    if (piece.startsWith('<')) {
      const voice = /^<voice\b[^>]*\bname="([^"]+)"/.exec(piece)?.[1];
      if (voice) {
        voiceStack.push(voice);
        voices.push(voice);
      }
      if (piece.startsWith('</voice')) voiceStack.pop();
      const style = /^<mstts:express-as\b[^>]*\bstyle="([^"]+)"/.exec(piece)?.[1];
      if (style) styles.push(style);
      const rate = /^<prosody\b[^>]*\brate="([+-]?\d+)%"/.exec(piece)?.[1];
      if (piece.startsWith('<prosody')) rateStack.push(rate ? 1 + Number(rate) / 100 : rateStack[rateStack.length - 1]);
      if (piece.startsWith('</prosody')) rateStack.pop();
      continue;
    }
    const text = piece.replace(/&(\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole);
    for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[.,!?;:]/gu)) {
      const word = match[0];
      const punctuation = /^[.,!?;:]$/.test(word);
      tokens.push({ text: word, kind: punctuation ? 'PunctuationBoundary' : 'WordBoundary', voice: voiceStack[voiceStack.length - 1] ?? '', rate: rateStack[rateStack.length - 1], endsSentence: /^[.!?]$/.test(word) });
    }
  }
  return { voices, styles, tokens };
}
