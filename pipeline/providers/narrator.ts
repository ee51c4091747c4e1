import type { SentenceTiming, WordTiming } from '../model';

export interface NarratorInput {
  /** The scene's exact text; word offsets point into it. */
  text: string;
  language: string;
  voice?: string;
  /** 1 is normal speed. */
  rate: number;
  /** A delivery hint for voices that take one ("storytelling", "calm"). */
  style?: string;
  signal?: AbortSignal;
}

export interface Narration {
  audio: Uint8Array;
  /** "audio/wav" or "audio/mpeg". */
  mimeType: string;
  durationMs: number;
  words: WordTiming[];
  sentences: SentenceTiming[];
  warnings: string[];
}

export interface VoiceInfo {
  id: string;
  name: string;
  language: string;
  styles: string[];
}

/** Speaks one scene. */
export interface Narrator {
  readonly provider: string;
  readonly model: string;
  narrate(input: NarratorInput): Promise<Narration>;
  /** The voices this narrator offers, for option lists and validation. */
  voices(): Promise<VoiceInfo[]>;
}
