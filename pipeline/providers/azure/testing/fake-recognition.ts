import type { WebSocket } from 'ws';
import { decodeWav } from '../../../audio/wav';
import type { FakeUtterance } from '../../openai/testing/fake-speech';
import { textFrame, type SpeechFrame } from './speech-frames';

const TICKS_PER_SECOND = 10_000_000;

export interface RecognitionOptions {
  /** What the fake hears in audio of this many milliseconds (null: silence). */
  hear(durationMs: number): FakeUtterance | null;
  onAudio(durationMs: number, sampleRate: number): void;
}

/**
 * One speech-to-text connection: collects the audio frames until the empty one that ends the
 * stream, then answers like the service in detailed format with word-level timestamps: one
 * speech.phrase per sentence (Display text, NBest[0].Words with Offset and Duration in ticks).
 */
export function recognitionSession(socket: WebSocket, options: RecognitionOptions): (frame: SpeechFrame) => Promise<void> {
  const chunks: Uint8Array[] = [];
  let requestId = '';
  let started = false;
  return async (frame) => {
    const path = frame.headers.path;
    requestId = frame.headers['x-requestid'] ?? requestId;
    if ((path === 'speech.context' || path === 'audio') && !started) {
      started = true;
      socket.send(textFrame('turn.start', requestId, { context: { serviceTag: 'fake' } }));
    }
    if (path !== 'audio' || frame.binary === null) return;
    if (frame.binary.length > 0) {
      chunks.push(frame.binary);
      return;
    }
    const audio = Buffer.concat(chunks);
    const { samples, sampleRate } = pcm(new Uint8Array(audio));
    const durationMs = (samples / sampleRate) * 1000;
    options.onAudio(durationMs, sampleRate);
    const heard = options.hear(durationMs);
    for (const phrase of heard ? phrases(heard) : []) socket.send(textFrame('speech.phrase', requestId, phrase));
    socket.send(textFrame('speech.endDetected', requestId, { Offset: Math.round((durationMs / 1000) * TICKS_PER_SECOND) }));
    socket.send(textFrame('turn.end', requestId, {}));
  };
}

/** Sample count and rate: the first audio frame carries a WAV header, the rest raw PCM. */
function pcm(bytes: Uint8Array): { samples: number; sampleRate: number } {
  try {
    const decoded = decodeWav(bytes);
    return { samples: decoded.samples.length / decoded.channels, sampleRate: decoded.sampleRate };
  } catch {
    return { samples: bytes.length / 2, sampleRate: 16_000 };
  }
}

/** One phrase per sentence of what was heard, words lower-case without punctuation, as the service gives them. */
function phrases(heard: FakeUtterance): unknown[] {
  const sentences = heard.text.match(/[^.!?]+[.!?]*["”]?\s*/g) ?? [];
  let next = 0;
  return sentences.map((sentence) => {
    const count = (sentence.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
    const words = heard.words.slice(next, next + count);
    next += count;
    const offset = Math.round((words[0]?.start ?? 0) * TICKS_PER_SECOND);
    const end = Math.round((words[words.length - 1]?.end ?? 0) * TICKS_PER_SECOND);
    const lexical = words.map((word) => word.word.toLowerCase()).join(' ');
    return {
      RecognitionStatus: 'Success',
      Offset: offset,
      Duration: end - offset,
      DisplayText: sentence.trim(),
      NBest: [{
        Confidence: 0.93,
        Lexical: lexical,
        ITN: lexical,
        MaskedITN: lexical,
        Display: sentence.trim(),
        Words: words.map((word) => ({ Word: word.word.toLowerCase(), Offset: Math.round(word.start * TICKS_PER_SECOND), Duration: Math.round((word.end - word.start) * TICKS_PER_SECOND) })),
      }],
    };
  });
}
