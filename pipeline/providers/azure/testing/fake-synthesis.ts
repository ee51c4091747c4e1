import type { WebSocket } from 'ws';
import { binaryFrame, textFrame, type SpeechFrame } from './speech-frames';
import { readSsml } from './read-ssml';

const TICKS_PER_MS = 10_000;
const TONE_RATE = 24_000;
const TONE = Int16Array.from({ length: 2 * TONE_RATE }, (_, index) => Math.round(4000 * Math.sin((2 * Math.PI * 200 * index) / TONE_RATE)));

export interface SynthesisOptions {
  msPerWord: number;
  knownVoices: Set<string>;
  /** Called with each SSML document the fake speaks. */
  onSsml(ssml: string): void;
  /** Waits or fails before answering, as the test asked. */
  beforeAnswer(socket: WebSocket): Promise<boolean>;
}

/**
 * One text-to-speech connection: answers each "ssml" message the way the service does, with
 * turn.start, response (naming the audio stream), audio.metadata word and punctuation boundaries
 * in 100-ns ticks, raw 24 kHz PCM audio frames on that stream, SessionEnd and turn.end.
 */
export function synthesisSession(socket: WebSocket, options: SynthesisOptions): (frame: SpeechFrame) => Promise<void> {
  return async (frame) => {
    if (frame.headers.path !== 'ssml' || frame.text === null) return;
    const requestId = frame.headers['x-requestid'];
    const ssml = readSsml(frame.text);
    options.onSsml(frame.text);
    const unknown = ssml.voices.find((name) => !options.knownVoices.has(name));
    if (unknown) {
      socket.close(1007, `Unsupported voice ${unknown}.`);
      return;
    }
    if (!(await options.beforeAnswer(socket))) return;
    const streamId = `stream${requestId.slice(0, 8)}`;
    socket.send(textFrame('turn.start', requestId, { context: { serviceTag: 'fake' } }));
    socket.send(textFrame('response', requestId, { context: { serviceTag: 'fake' }, audio: { type: 'inline', streamId } }));
    const metadata: unknown[] = [];
    let clockMs = 50;
    const spans: Array<[number, number]> = [];
    for (const token of ssml.tokens) {
      const wordMs = options.msPerWord / token.rate;
      if (token.kind === 'PunctuationBoundary') {
        metadata.push({ Type: 'WordBoundary', Data: { Offset: clockMs * TICKS_PER_MS, Duration: 0, text: { Text: token.text, Length: token.text.length, BoundaryType: 'PunctuationBoundary' } } });
        if (token.endsSentence) clockMs += 250;
        continue;
      }
      metadata.push({ Type: 'WordBoundary', Data: { Offset: clockMs * TICKS_PER_MS, Duration: wordMs * 0.8 * TICKS_PER_MS, text: { Text: token.text, Length: token.text.length, BoundaryType: 'WordBoundary' } } });
      spans.push([clockMs, clockMs + wordMs * 0.8]);
      clockMs += wordMs;
    }
    const totalMs = clockMs + 100;
    const samples = new Int16Array(Math.round((totalMs * TONE_RATE) / 1000));
    for (const [from, to] of spans) {
      const start = Math.round((from * TONE_RATE) / 1000);
      samples.set(TONE.subarray(0, Math.min(TONE.length, Math.round(((to - from) * TONE_RATE) / 1000), samples.length - start)), start);
    }
    if (metadata.length) socket.send(textFrame('audio.metadata', requestId, { Metadata: metadata }));
    const bytes = new Uint8Array(samples.buffer);
    for (let offset = 0; offset < bytes.length; offset += 8192) {
      socket.send(binaryFrame('audio', requestId, bytes.subarray(offset, offset + 8192), { 'X-StreamId': streamId, 'Content-Type': 'audio/x-wav' }));
    }
    socket.send(textFrame('audio.metadata', requestId, { Metadata: [{ Type: 'SessionEnd', Data: { Offset: totalMs * TICKS_PER_MS } }] }));
    socket.send(textFrame('turn.end', requestId, {}));
  };
}
