import { CancellationDetails, CancellationErrorCode, ResultReason, SpeechSynthesisOutputFormat, SpeechSynthesizer } from 'microsoft-cognitiveservices-speech-sdk';
import { CancelledError } from '../../errors';
import { SpeechCallFailed } from './azure-speech-errors';
import type { AzureSpeechConnection } from './azure-speech-connection';
import type { WordBoundary } from './ssml/map-word-boundaries';

/**
 * One SSML document spoken by the service: WAV bytes (24 kHz mono PCM) and every word boundary.
 * A synthesizer per call, closed afterwards, so a cancelled call leaves no socket behind.
 */
export function speakSsml(connection: AzureSpeechConnection, ssml: string, signal: AbortSignal): Promise<{ audio: Uint8Array; boundaries: WordBoundary[] }> {
  const config = connection.speechConfig();
  config.speechSynthesisOutputFormat = SpeechSynthesisOutputFormat.Riff24Khz16BitMonoPcm;
  const synthesizer = new SpeechSynthesizer(config, undefined);
  const boundaries: WordBoundary[] = [];
  synthesizer.wordBoundary = (_sender, event) => {
    boundaries.push({ textOffset: event.textOffset, wordLength: event.wordLength, text: event.text, audioOffset: event.audioOffset, duration: event.duration, boundaryType: event.boundaryType });
  };
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    synthesizer.close();
  };
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      close();
      reject(new CancelledError());
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    const finish = (outcome: () => void) => {
      signal.removeEventListener('abort', onAbort);
      close();
      outcome();
    };
    synthesizer.speakSsmlAsync(
      ssml,
      (result) => finish(() => {
        if (result.reason === ResultReason.SynthesizingAudioCompleted) return resolve({ audio: new Uint8Array(result.audioData), boundaries });
        const details = CancellationDetails.fromResult(result);
        reject(new SpeechCallFailed(details.errorDetails ?? 'the synthesis was cancelled', CancellationErrorCode[details.ErrorCode]));
      }),
      (error) => finish(() => reject(new SpeechCallFailed(String(error), ''))),
    );
  });
}
