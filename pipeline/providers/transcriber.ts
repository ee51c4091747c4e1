import type { WordTiming } from '../model';

export interface TranscriberInput {
  audio: Uint8Array;
  mimeType: string;
  language?: string;
  signal?: AbortSignal;
}

export interface Transcript {
  text: string;
  /** Offsets into `text`; milliseconds from the start of the recording. */
  words: WordTiming[];
  warnings: string[];
}

/** Turns a recorded narration into text with word timings. */
export interface Transcriber {
  readonly provider: string;
  readonly model: string;
  transcribe(input: TranscriberInput): Promise<Transcript>;
}
