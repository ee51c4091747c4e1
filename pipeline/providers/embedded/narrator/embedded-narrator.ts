import path from 'node:path';
import { encodeWav } from '../../../audio/wav';
import { BadInputError, CancelledError, ProviderError, throwIfCancelled } from '../../../errors';
import { primaryLanguage } from '../../../model/language-tag';
import { defaultPoolSize, WorkerPool } from '../../../workers/worker-pool';
import type { Narration, Narrator, NarratorInput, VoiceInfo } from '../../narrator';
import { assembleNarration, EMPTY_NARRATION_MS, pausesForRate, type SpokenClip } from './assemble-narration';
import { batchSentences } from './batch-sentences';
import { chooseVoice } from './choose-voice';
import type { SpeakBatchRequest, SpeakBatchResult } from './espeak-worker';
import { speechRate } from './speech-rate';
import { speakableText, splitSentences } from './split-sentences';
import { EMBEDDED_VOICES } from './voice-table';

export interface EmbeddedNarratorOptions {
  /** Worker threads running eSpeak; defaults to one per core, keeping one for the event loop. */
  poolSize?: number;
}

// Shorter silences are the closures of stops ("t", "k"); commas pause about 185 ms at normal speed.
const MINIMUM_CLAUSE_PAUSE_MS = 100;
const MAXIMUM_TEXT_CHARACTERS = 100_000;
const WORKER_MODULE = path.join(__dirname, 'espeak-worker.ts');

/**
 * Speech from eSpeak NG compiled to WebAssembly, offline. Sentences are spoken one eSpeak run each
 * in worker threads (never on the main thread), so sentence times are exact; word times within a
 * sentence are estimated.
 */
export class EmbeddedNarrator implements Narrator {
  readonly provider = 'embedded';
  readonly model = 'espeak-ng';
  private readonly pool: WorkerPool<SpeakBatchRequest, SpeakBatchResult>;

  constructor(options: EmbeddedNarratorOptions = {}) {
    const size = options.poolSize ?? defaultPoolSize();
    if (!Number.isInteger(size) || size < 1) throw new BadInputError(`the narrator's pool size must be a whole number of at least 1 (got ${size})`);
    // Workers start on first use, so building a narrator that is never used costs nothing.
    this.pool = new WorkerPool(WORKER_MODULE, size, 'embedded narrator');
  }

  async narrate(input: NarratorInput): Promise<Narration> {
    throwIfCancelled(input.signal);
    if (typeof input.text !== 'string') throw new BadInputError('the text to narrate must be a string');
    if (input.text.length > MAXIMUM_TEXT_CHARACTERS) throw new BadInputError(`a scene's text is limited to ${MAXIMUM_TEXT_CHARACTERS.toLocaleString('en')} characters for narration (got ${input.text.length.toLocaleString('en')})`);
    const choice = chooseVoice(input.language, input.voice);
    const rate = speechRate(input.rate);
    const warnings = [...choice.warnings, ...rate.warnings];
    if (input.style) warnings.push(`eSpeak has no speaking styles; style "${input.style}" was not applied`);
    const sentences = splitSentences(input.text, choice.language);
    const texts = sentences.map((sentence) => speakableText(input.text, sentence));
    const batches = batchSentences(texts.map((text) => text.length), this.pool.size);
    const minimumPauseMs = MINIMUM_CLAUSE_PAUSE_MS / rate.rate;
    const results = await Promise.all(
      batches.map(([first, end]) => this.speak({ voice: choice.voice.espeakVoice, wordsPerMinute: rate.wordsPerMinute, sentences: texts.slice(first, end), minimumPauseMs }, input.signal)),
    );
    throwIfCancelled(input.signal);
    const clips: SpokenClip[] = results.flatMap((result) => result.sentences);
    const sampleRate = results[0]?.sampleRate ?? 22050;
    const assembled = assembleNarration(input.text, sentences, clips, {
      sampleRate,
      ...pausesForRate(rate.rate),
      emptyMs: EMPTY_NARRATION_MS,
      primaryLanguage: primaryLanguage(choice.language),
    });
    return {
      audio: encodeWav({ sampleRate, channels: 1, samples: assembled.samples }),
      mimeType: 'audio/wav',
      durationMs: assembled.durationMs,
      words: assembled.words,
      sentences: assembled.sentences,
      warnings,
    };
  }

  async voices(): Promise<VoiceInfo[]> {
    return EMBEDDED_VOICES.map((voice) => ({ id: voice.id, name: voice.name, language: voice.language, styles: [] }));
  }

  /** Ends the worker threads; narrating afterwards fails. */
  close(): Promise<void> {
    return this.pool.close();
  }

  private async speak(request: SpeakBatchRequest, signal: AbortSignal | undefined): Promise<SpeakBatchResult> {
    try {
      return await this.pool.run(request, { signal });
    } catch (error) {
      if (CancelledError.isInstance(error)) throw error;
      const message = error instanceof Error ? error.message : String(error);
      // A crashed worker is replaced by the pool, so the same call may well succeed; an eSpeak refusal will not.
      throw new ProviderError({ provider: this.provider, message: `the embedded narrator failed: ${message}`, retryable: /crashed/.test(message), cause: error });
    }
  }
}
