import { decodeWav, durationMs as wavDurationMs } from '../../audio/wav';
import { BadInputError, CancelledError, StoryloomError, throwIfCancelled } from '../../errors';
import { extensionForAudio, sniffRecording, RECORDING_TYPES } from '../../media/audio-types';
import { RECOGNITION_FORMAT } from '../../media/convert-arguments';
import { convertToWav } from '../../media/convert-media';
import { callWithRetry } from '../cloud/cloud-call';
import { alignWords } from '../speech-timing/align-words';
import { textWords } from '../speech-timing/narration-timings';
import type { Transcriber, TranscriberInput, Transcript } from '../transcriber';
import type { AzureSpeechConnection } from './azure-speech-connection';
import { likelyLocale } from './choose-azure-voice';
import { recognizeSpeech } from './recognize-speech';

/**
 * Speech to text with word-level timestamps. Any recording is first converted to the 16 kHz mono
 * WAV the recogniser wants, with ffmpeg; the phrases' display texts make the transcript and the
 * recognised words (lower case, no punctuation) are matched back into it.
 */
export class AzureTranscriber implements Transcriber {
  readonly provider = 'azure';
  readonly model = 'speech-to-text';

  constructor(private readonly connection: AzureSpeechConnection) {}

  async transcribe(input: TranscriberInput): Promise<Transcript> {
    throwIfCancelled(input.signal);
    if (input.audio.byteLength === 0) throw new BadInputError('the recording is empty');
    const kind = sniffRecording(input.audio);
    const extension = kind ? RECORDING_TYPES[kind].extension : extensionForAudio(input.mimeType);
    let wav: Uint8Array;
    try {
      wav = await convertToWav(input.audio, extension, RECOGNITION_FORMAT, input.signal);
    } catch (error) {
      if (CancelledError.isInstance(error)) throw error;
      throw new BadInputError(`the recording could not be read as audio (${input.mimeType}): ${StoryloomError.isInstance(error) ? error.message : (error as Error).message}`);
    }
    const audio = decodeWav(wav);
    const durationMs = wavDurationMs(audio);
    const language = input.language ?? 'en';
    const phrases = await callWithRetry(this.connection.calls.transcriber, 'transcribing the recording', (signal) => recognizeSpeech(this.connection, audio, likelyLocale(language), signal), input.signal);
    const text = phrases.map((phrase) => phrase.display).join(' ');
    const heard = phrases.flatMap((phrase) => phrase.words);
    const warnings = text && heard.length === 0 ? ['Azure Speech gave no word times, so they are spread over the recording'] : [];
    return { text, words: text ? alignWords(textWords(text, language), heard, durationMs).words : [], warnings };
  }
}
