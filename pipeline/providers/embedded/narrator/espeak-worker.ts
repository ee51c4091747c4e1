import type { WorkerHandler } from '../../../workers/worker-pool';
import type { Pause } from './estimate-word-timings';
import { EspeakEngine } from './espeak-engine';
import { findPauses, trimSilence } from './silence';
import { EMBEDDED_VOICES } from './voice-table';

/**
 * The worker-thread side of the embedded narrator: speaks a batch of sentences, one eSpeak run
 * each, and returns every sentence's trimmed samples so the main thread can time them exactly.
 * The engine loads on the first request and stays loaded for the worker's life.
 */
export interface SpeakBatchRequest {
  voice: string;
  wordsPerMinute: number;
  sentences: string[];
  /** Silences at least this long inside a sentence are reported (clause pauses). */
  minimumPauseMs: number;
}

export interface SpokenSentence {
  samples: Int16Array;
  pauses: Pause[];
}

export interface SpeakBatchResult {
  sampleRate: number;
  sentences: SpokenSentence[];
}

let engine: Promise<EspeakEngine> | null = null;

export const handle: WorkerHandler<SpeakBatchRequest, SpeakBatchResult> = async (request) => {
  engine ??= EspeakEngine.load(EMBEDDED_VOICES.map((voice) => voice.espeakVoice));
  // A failed start must not poison every later request in this worker.
  const loaded = await engine.catch((error: unknown) => {
    engine = null;
    throw error;
  });
  let sampleRate = 22050;
  const sentences = request.sentences.map((text) => {
    const audio = loaded.speak(text, { voice: request.voice, wordsPerMinute: request.wordsPerMinute });
    sampleRate = audio.sampleRate;
    const { start, end } = trimSilence(audio.samples, audio.sampleRate);
    const samples = audio.samples.slice(start, end);
    return { samples, pauses: findPauses(samples, audio.sampleRate, request.minimumPauseMs) };
  });
  return { result: { sampleRate, sentences }, transfer: sentences.map((sentence) => sentence.samples.buffer as ArrayBuffer) };
};
