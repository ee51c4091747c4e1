import type { SentenceTiming, WordTiming } from '../../model';
import { estimateWordTimings, wordWeight } from '../embedded/narrator/estimate-word-timings';
import { splitSentences, type SentenceSpan } from '../embedded/narrator/split-sentences';
import type { TextWord } from './align-words';

// A pause between sentences weighs about as much as a long word (the embedded narrator's
// 250 ms at about 40 ms a weight unit).
const SENTENCE_PAUSE_WEIGHT = 6;

/** Every spoken word of a text, in order, with offsets into it (the narrators' own word split). */
export function textWords(text: string, language: string): TextWord[] {
  return splitSentences(text, language).flatMap((sentence) => sentence.words);
}

/** Each sentence from its first word's start to its last word's end. */
export function timedSentences(sentences: SentenceSpan[], words: WordTiming[]): SentenceTiming[] {
  const timings: SentenceTiming[] = [];
  for (const sentence of sentences) {
    const inside = words.filter((word) => word.start >= sentence.start && word.end <= sentence.end);
    if (inside.length === 0) continue;
    timings.push({ start: sentence.start, end: sentence.end, startMs: inside[0].startMs, endMs: inside[inside.length - 1].endMs });
  }
  return timings;
}

/**
 * Word and sentence times when nothing measured them: the audio's length shared among sentences
 * by the weight of their words, with a pause between sentences, and words timed within each
 * sentence as the embedded narrator does.
 */
export function estimateNarrationTimings(text: string, language: string, durationMs: number): { words: WordTiming[]; sentences: SentenceTiming[] } {
  const primary = language.split('-')[0].toLowerCase();
  const sentences = splitSentences(text, language);
  if (sentences.length === 0 || durationMs <= 0) return { words: [], sentences: [] };
  const weights = sentences.map((sentence) => sentence.words.reduce((sum, word) => sum + wordWeight(word.text, primary), 0));
  const total = weights.reduce((sum, weight) => sum + weight, 0) + SENTENCE_PAUSE_WEIGHT * (sentences.length - 1);
  const unitMs = durationMs / total;
  const words: WordTiming[] = [];
  let clock = 0;
  sentences.forEach((sentence, index) => {
    const length = weights[index] * unitMs;
    words.push(...estimateWordTimings(text, sentence, { offsetMs: clock, durationMs: length, pauses: [] }, primary));
    clock += length + SENTENCE_PAUSE_WEIGHT * unitMs;
  });
  const bounded = words.map((word) => ({ ...word, startMs: Math.min(word.startMs, durationMs), endMs: Math.min(word.endMs, durationMs) }));
  return { words: bounded, sentences: timedSentences(sentences, bounded) };
}
