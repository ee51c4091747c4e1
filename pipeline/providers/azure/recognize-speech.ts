import {
  AudioConfig, AudioInputStream, AudioStreamFormat, CancellationErrorCode, CancellationReason, OutputFormat, PropertyId, ResultReason, SpeechRecognizer,
} from 'microsoft-cognitiveservices-speech-sdk';
import type { PcmAudio } from '../../audio/wav';
import { CancelledError } from '../../errors';
import type { HeardWord } from '../speech-timing/align-words';
import { SpeechCallFailed } from './azure-speech-errors';
import type { AzureSpeechConnection } from './azure-speech-connection';

/** One recognised phrase: the text to show and its words with times. */
export interface RecognisedPhrase {
  display: string;
  words: HeardWord[];
}

const TICKS_PER_MS = 10_000;

/** The phrase from a recognised result's detailed JSON: NBest[0]'s Display and Words. */
export function phraseFromJson(json: string): RecognisedPhrase | null {
  const parsed = JSON.parse(json) as { DisplayText?: string; NBest?: Array<{ Display?: string; Words?: Array<{ Word: string; Offset: number; Duration: number }> }> };
  const best = parsed.NBest?.[0];
  const display = (best?.Display ?? parsed.DisplayText ?? '').trim();
  if (!display) return null;
  const words = (best?.Words ?? []).map((word) => ({ text: word.Word, startMs: word.Offset / TICKS_PER_MS, endMs: (word.Offset + word.Duration) / TICKS_PER_MS }));
  return { display, words };
}

/**
 * Continuous recognition of 16 kHz mono PCM with word-level timestamps, pushed all at once
 * (throttling off: the audio is a file, not a live microphone). Resolves when the service has
 * heard the whole stream.
 */
export function recognizeSpeech(connection: AzureSpeechConnection, audio: PcmAudio, locale: string, signal: AbortSignal): Promise<RecognisedPhrase[]> {
  const config = connection.speechConfig();
  config.speechRecognitionLanguage = locale;
  config.outputFormat = OutputFormat.Detailed;
  config.requestWordLevelTimestamps();
  config.setProperty('SPEECH-TransmitLengthBeforThrottleMs', String(24 * 3600 * 1000));
  // One connection attempt per try: our retry policy decides about the next one.
  config.setProperty('SPEECH-Error-MaxRetryCount', '0');
  const stream = AudioInputStream.createPushStream(AudioStreamFormat.getWaveFormatPCM(audio.sampleRate, 16, audio.channels));
  const bytes = new Uint8Array(audio.samples.buffer, audio.samples.byteOffset, audio.samples.byteLength);
  stream.write(bytes.slice().buffer);
  stream.close();
  const recognizer = new SpeechRecognizer(config, AudioConfig.fromStreamInput(stream));
  const phrases: RecognisedPhrase[] = [];
  return new Promise<RecognisedPhrase[]>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      recognizer.close();
      outcome();
    };
    const onAbort = () => settle(() => reject(new CancelledError()));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    recognizer.recognized = (_sender, event) => {
      if (event.result.reason !== ResultReason.RecognizedSpeech) return;
      const phrase = phraseFromJson(event.result.properties.getProperty(PropertyId.SpeechServiceResponse_JsonResult));
      if (phrase) phrases.push(phrase);
    };
    recognizer.canceled = (_sender, event) => {
      if (event.reason === CancellationReason.Error) settle(() => reject(new SpeechCallFailed(event.errorDetails, CancellationErrorCode[event.errorCode])));
    };
    recognizer.sessionStopped = () => settle(() => resolve(phrases));
    recognizer.startContinuousRecognitionAsync(undefined, (error) => settle(() => reject(new SpeechCallFailed(String(error), ''))));
  });
}
