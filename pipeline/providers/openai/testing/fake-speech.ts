import { encodeWav } from '../../../audio/wav';

/** What the fake "said": words with times, so its transcription endpoint can hear them back. */
export interface FakeUtterance {
  text: string;
  words: Array<{ word: string; start: number; end: number }>;
  durationSeconds: number;
}

export const FAKE_SPEECH_SAMPLE_RATE = 24_000;

/** Two seconds of a 220 Hz tone, longer than any word. */
const TONE = Int16Array.from({ length: 2 * FAKE_SPEECH_SAMPLE_RATE }, (_, index) => Math.round(5000 * Math.sin((2 * Math.PI * 220 * index) / FAKE_SPEECH_SAMPLE_RATE)));

/**
 * Real WAV bytes for a text: a tone per word at a steady pace, silence between words and a longer
 * one after each sentence, the way OpenAI streams it (RIFF and data sizes left at 0xFFFFFFFF).
 * Words are spelled as Whisper reports them: no punctuation around them.
 */
export function fakeSpeech(text: string, msPerWord: number): { wav: Uint8Array; utterance: FakeUtterance } {
  const words: FakeUtterance['words'] = [];
  let clock = 150;
  for (const match of text.matchAll(/\S+/g)) {
    const word = match[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!word) continue;
    words.push({ word, start: clock / 1000, end: (clock + msPerWord * 0.8) / 1000 });
    clock += msPerWord;
    if (/[.!?…]["”»’']?$/.test(match[0])) clock += 250;
  }
  const durationMs = clock + 150;
  const samples = new Int16Array(Math.round((durationMs * FAKE_SPEECH_SAMPLE_RATE) / 1000));
  for (const word of words) {
    const from = Math.round(word.start * FAKE_SPEECH_SAMPLE_RATE);
    const to = Math.min(samples.length, Math.round(word.end * FAKE_SPEECH_SAMPLE_RATE));
    // Copied from a precomputed tone: sample loops run slowly inside Jest's sandbox.
    samples.set(TONE.subarray(0, Math.min(TONE.length, to - from)), from);
  }
  const wav = encodeWav({ sampleRate: FAKE_SPEECH_SAMPLE_RATE, channels: 1, samples });
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  view.setUint32(4, 0xffffffff, true);
  view.setUint32(40, 0xffffffff, true);
  return { wav, utterance: { text: text.replace(/\s+/g, ' ').trim(), words, durationSeconds: durationMs / 1000 } };
}
