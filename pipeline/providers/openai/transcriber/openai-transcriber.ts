import { toFile } from 'openai';
import { BadInputError, throwIfCancelled } from '../../../errors';
import { primaryLanguage } from '../../../model';
import { extensionForAudio } from '../../../media/audio-types';
import { RECOGNITION_FORMAT } from '../../../media/convert-arguments';
import { convertToWav } from '../../../media/convert-media';
import { callWithRetry } from '../../cloud/cloud-call';
import type { Transcriber, TranscriberInput, Transcript } from '../../transcriber';
import type { OpenAIConnection } from '../openai-connection';
import { transcriptTimings, type WhisperWord } from './transcript-timings';

// OpenAI takes files up to 25 MB; 16 kHz mono WAV fits about 13 minutes into that.
const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** Speech to text with word timestamps (whisper-1, verbose_json). */
export class OpenAITranscriber implements Transcriber {
  readonly provider: string;
  readonly model: string;

  constructor(private readonly connection: OpenAIConnection) {
    this.provider = connection.provider;
    this.model = connection.models.transcriber;
  }

  async transcribe(input: TranscriberInput): Promise<Transcript> {
    throwIfCancelled(input.signal);
    if (input.audio.byteLength === 0) throw new BadInputError('the recording is empty');
    let audio = input.audio;
    let extension = extensionForAudio(input.mimeType);
    if (audio.byteLength > MAX_UPLOAD_BYTES) {
      audio = await convertToWav(audio, extension, RECOGNITION_FORMAT, input.signal);
      extension = 'wav';
      if (audio.byteLength > MAX_UPLOAD_BYTES) throw new BadInputError(`the recording is too long for ${this.provider} to transcribe (about 13 minutes at most)`);
    }
    // Whisper gives word timestamps only in verbose_json; newer transcription models give none.
    const verbose = this.model.startsWith('whisper');
    const language = input.language ? primaryLanguage(input.language) : undefined;
    const answer = await callWithRetry(this.connection.calls.transcriber, 'transcribing the recording', async (signal) => {
      const file = await toFile(audio, `recording.${extension}`, { type: input.mimeType });
      const response = await this.connection.client.audio.transcriptions.create({
        file,
        model: this.model,
        ...(language ? { language } : {}),
        ...(verbose ? { response_format: 'verbose_json' as const, timestamp_granularities: ['word' as const] } : { response_format: 'json' as const }),
      }, { signal });
      return response as { text: string; duration?: number; words?: WhisperWord[] };
    }, input.signal);
    const text = (answer.text ?? '').trim();
    const timings = transcriptTimings(text, answer.words, answer.duration, input.language ?? 'en');
    return { text, words: timings.words, warnings: timings.warnings };
  }
}
