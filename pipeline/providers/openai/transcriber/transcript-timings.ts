import type { WordTiming } from '../../../model';
import { alignWords } from '../../speech-timing/align-words';
import { estimateNarrationTimings, textWords } from '../../speech-timing/narration-timings';

/** A word with times in seconds, as Whisper's verbose_json gives it. */
export interface WhisperWord {
  word: string;
  start: number;
  end: number;
}

/**
 * Word timings pointing into the transcript's own text. Whisper lists words without punctuation
 * and without offsets; they are matched back to the text's words in order. Without word
 * timestamps the times are estimated over the recording's length, with a warning.
 */
export function transcriptTimings(text: string, words: WhisperWord[] | undefined, durationSeconds: number | undefined, language: string): { words: WordTiming[]; warnings: string[] } {
  const durationMs = Math.max(0, (durationSeconds ?? 0) * 1000);
  if (words && words.length > 0) {
    const heard = words.map((word) => ({ text: word.word, startMs: word.start * 1000, endMs: word.end * 1000 }));
    const lastEnd = heard[heard.length - 1].endMs;
    return { words: alignWords(textWords(text, language), heard, Math.max(durationMs, lastEnd)).words, warnings: [] };
  }
  if (durationMs > 0) return { words: estimateNarrationTimings(text, language, durationMs).words, warnings: ['the transcription gave no word times, so they are estimated'] };
  return { words: [], warnings: ['the transcription gave no word times'] };
}
