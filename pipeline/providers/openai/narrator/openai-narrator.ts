import { decodeWav, encodeWav, type PcmAudio } from '../../../audio/wav';
import { BadInputError, CancelledError, ProviderError, throwIfCancelled } from '../../../errors';
import type { WordTiming } from '../../../model';
import { conformPcm } from '../../../make-book/narration-clips';
import { callWithRetry } from '../../cloud/cloud-call';
import { splitSentences } from '../../embedded/narrator/split-sentences';
import type { Narration, Narrator, NarratorInput, VoiceInfo } from '../../narrator';
import { alignWords } from '../../speech-timing/align-words';
import { estimateNarrationTimings, textWords, timedSentences } from '../../speech-timing/narration-timings';
import type { Transcriber } from '../../transcriber';
import type { OpenAIConnection } from '../openai-connection';
import { openAIVoices, resolveOpenAIVoice } from './openai-voices';
import { speechChunks, speechDelivery } from './speech-request';

const SAMPLE_RATE = 24_000;
const SILENCE_MS = 300;
const CHUNK_PAUSE_MS = 250;
const MAX_TEXT_CHARACTERS = 100_000;
// Below this share of words heard back, the transcript is not trusted for timing.
const MIN_MATCHED_SHARE = 0.5;

/**
 * Speech from audio.speech (gpt-4o-mini-tts by default) as WAV. The speech API gives no word
 * times, so the narrator listens to its own audio with the transcriber and aligns what it heard
 * to the scene's words; if that fails, times are estimated, with a warning.
 */
export class OpenAINarrator implements Narrator {
  readonly provider: string;
  readonly model: string;

  constructor(private readonly connection: OpenAIConnection, private readonly listener: Transcriber | null) {
    this.provider = connection.provider;
    this.model = connection.models.narrator;
  }

  async voices(): Promise<VoiceInfo[]> {
    return openAIVoices(this.model);
  }

  async narrate(input: NarratorInput): Promise<Narration> {
    throwIfCancelled(input.signal);
    if (typeof input.text !== 'string') throw new BadInputError('the text to narrate must be a string');
    if (input.text.length > MAX_TEXT_CHARACTERS) throw new BadInputError(`a scene's text is limited to ${MAX_TEXT_CHARACTERS.toLocaleString('en')} characters for narration`);
    const voice = resolveOpenAIVoice(input.voice, this.connection.voice, this.model);
    const delivery = speechDelivery(this.model, input.language, input.rate, input.style);
    const warnings = [...voice.warnings, ...delivery.warnings];
    const chunks = speechChunks(input.text, input.language);
    if (chunks.length === 0) return this.silence(warnings);

    const pieces: PcmAudio[] = [];
    const words: WordTiming[] = [];
    let clockMs = 0;
    let estimated = false;
    for (const [index, chunk] of chunks.entries()) {
      if (index > 0) {
        pieces.push({ sampleRate: SAMPLE_RATE, channels: 1, samples: new Int16Array(Math.round((CHUNK_PAUSE_MS * SAMPLE_RATE) / 1000)) });
        clockMs += CHUNK_PAUSE_MS;
      }
      const text = input.text.slice(chunk.start, chunk.end);
      const { audio, wav } = await this.speak(text, voice.voice, delivery, input.signal);
      const durationMs = (audio.samples.length / SAMPLE_RATE) * 1000;
      const timed = await this.listen(wav, text, input.language, durationMs, input.signal);
      estimated ||= timed.estimated;
      words.push(...timed.words.map((word) => ({ ...word, start: word.start + chunk.start, end: word.end + chunk.start, startMs: word.startMs + clockMs, endMs: word.endMs + clockMs })));
      pieces.push(audio);
      clockMs += durationMs;
    }
    if (estimated) warnings.push('word times could not be heard back from the speech, so some are estimated');
    const samples = new Int16Array(pieces.reduce((sum, piece) => sum + piece.samples.length, 0));
    pieces.reduce((offset, piece) => (samples.set(piece.samples, offset), offset + piece.samples.length), 0);
    const durationMs = (samples.length / SAMPLE_RATE) * 1000;
    const bounded = words.map((word) => ({ ...word, startMs: Math.min(word.startMs, durationMs), endMs: Math.min(word.endMs, durationMs) }));
    return {
      audio: encodeWav({ sampleRate: SAMPLE_RATE, channels: 1, samples }),
      mimeType: 'audio/wav',
      durationMs,
      words: bounded,
      sentences: timedSentences(splitSentences(input.text, input.language), bounded),
      warnings,
    };
  }

  private async speak(text: string, voice: string, delivery: { instructions?: string; speed?: number }, signal?: AbortSignal): Promise<{ audio: PcmAudio; wav: Uint8Array }> {
    return callWithRetry(this.connection.calls.narrator, 'speaking', async (attemptSignal) => {
      const response = await this.connection.client.audio.speech.create({
        model: this.model,
        voice,
        input: text,
        response_format: 'wav',
        ...(delivery.instructions ? { instructions: delivery.instructions } : {}),
        ...(delivery.speed !== undefined ? { speed: delivery.speed } : {}),
      }, { signal: attemptSignal });
      const wav = new Uint8Array(await response.arrayBuffer());
      let decoded: PcmAudio;
      try {
        decoded = decodeWav(wav);
      } catch (error) {
        throw new ProviderError({ provider: this.provider, retryable: true, message: `${this.provider} (${this.model}) answered with audio that is not a readable WAV: ${(error as Error).message}` });
      }
      // Streamed WAVs carry no true length in their header; re-encoding gives a clean file.
      const audio = conformPcm(decoded, { sampleRate: SAMPLE_RATE, channels: 1 });
      return { audio, wav: encodeWav(audio) };
    }, signal);
  }

  /** Word times for one spoken piece: heard back, else estimated. */
  private async listen(wav: Uint8Array, text: string, language: string, durationMs: number, signal?: AbortSignal): Promise<{ words: WordTiming[]; estimated: boolean }> {
    const expected = textWords(text, language);
    if (this.listener) {
      try {
        const transcript = await this.listener.transcribe({ audio: wav, mimeType: 'audio/wav', language, signal });
        const heard = transcript.words.map((word) => ({ text: word.text, startMs: word.startMs, endMs: word.endMs }));
        const aligned = alignWords(expected, heard, durationMs);
        if (expected.length === 0 || aligned.matched / expected.length >= MIN_MATCHED_SHARE) return { words: aligned.words, estimated: false };
      } catch (error) {
        if (signal?.aborted || CancelledError.isInstance(error)) throw new CancelledError();
      }
    }
    return { words: estimateNarrationTimings(text, language, durationMs).words, estimated: true };
  }

  private silence(warnings: string[]): Narration {
    const samples = new Int16Array(Math.round((SILENCE_MS * SAMPLE_RATE) / 1000));
    return { audio: encodeWav({ sampleRate: SAMPLE_RATE, channels: 1, samples }), mimeType: 'audio/wav', durationMs: SILENCE_MS, words: [], sentences: [], warnings };
  }
}
