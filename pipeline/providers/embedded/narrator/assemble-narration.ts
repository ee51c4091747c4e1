import type { SentenceTiming, WordTiming } from '../../../model';
import { estimateWordTimings, floorToTenth, type Pause } from './estimate-word-timings';
import type { SentenceSpan } from './split-sentences';

/**
 * Joins sentence clips into one narration with pauses between them, and times every sentence
 * exactly (from sample counts) and every word by estimate within its sentence. Pure.
 */
export interface SpokenClip {
  samples: Int16Array;
  /** Silences inside the clip, from the clip's start. */
  pauses: Pause[];
}

export interface AssembleOptions {
  sampleRate: number;
  sentencePauseMs: number;
  paragraphPauseMs: number;
  /** The length of the silence given for text with nothing to say. */
  emptyMs: number;
  primaryLanguage: string;
}

export interface AssembledNarration {
  samples: Int16Array;
  durationMs: number;
  sentences: SentenceTiming[];
  words: WordTiming[];
}

export const SENTENCE_PAUSE_MS = 250;
export const PARAGRAPH_PAUSE_MS = 600;
export const EMPTY_NARRATION_MS = 300;

/** Pauses between sentences, scaled so slow narration also breathes slower. */
export function pausesForRate(rate: number): Pick<AssembleOptions, 'sentencePauseMs' | 'paragraphPauseMs'> {
  return { sentencePauseMs: SENTENCE_PAUSE_MS / rate, paragraphPauseMs: PARAGRAPH_PAUSE_MS / rate };
}

function samplesFor(milliseconds: number, sampleRate: number): number {
  return Math.round((milliseconds * sampleRate) / 1000);
}

export function assembleNarration(text: string, sentences: SentenceSpan[], clips: SpokenClip[], options: AssembleOptions): AssembledNarration {
  if (sentences.length !== clips.length) throw new Error(`${sentences.length} sentences but ${clips.length} clips`);
  const { sampleRate } = options;
  if (sentences.length === 0) {
    const samples = new Int16Array(samplesFor(options.emptyMs, sampleRate));
    return { samples, durationMs: (samples.length * 1000) / sampleRate, sentences: [], words: [] };
  }
  const gaps = sentences.map((sentence, index) => {
    if (index === 0) return 0;
    return samplesFor(sentence.startsParagraph ? options.paragraphPauseMs : options.sentencePauseMs, sampleRate);
  });
  const total = clips.reduce((sum, clip, index) => sum + gaps[index] + clip.samples.length, 0);
  const samples = new Int16Array(total);
  const sentenceTimings: SentenceTiming[] = [];
  const words: WordTiming[] = [];
  let cursor = 0;
  sentences.forEach((sentence, index) => {
    cursor += gaps[index];
    const clip = clips[index].samples;
    samples.set(clip, cursor);
    const offsetMs = (cursor * 1000) / sampleRate;
    const clipMs = (clip.length * 1000) / sampleRate;
    sentenceTimings.push({ start: sentence.start, end: sentence.end, startMs: floorToTenth(offsetMs), endMs: floorToTenth(offsetMs + clipMs) });
    words.push(...estimateWordTimings(text, sentence, { offsetMs, durationMs: clipMs, pauses: clips[index].pauses }, options.primaryLanguage));
    cursor += clip.length;
  });
  return { samples, durationMs: (total * 1000) / sampleRate, sentences: sentenceTimings, words };
}
