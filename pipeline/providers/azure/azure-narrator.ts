import { decodeWav, durationMs as wavDurationMs, encodeWav } from '../../audio/wav';
import { BadInputError, ProviderError, throwIfCancelled } from '../../errors';
import { callWithRetry } from '../cloud/cloud-call';
import { splitSentences } from '../embedded/narrator/split-sentences';
import type { Narration, Narrator, NarratorInput, VoiceInfo } from '../narrator';
import { estimateNarrationTimings, textWords, timedSentences } from '../speech-timing/narration-timings';
import type { AzureSpeechConnection } from './azure-speech-connection';
import type { AzureVoiceCatalog } from './azure-voice-catalog';
import { chooseAzureVoice, chooseStyle, configuredVoice } from './choose-azure-voice';
import { speakSsml } from './speak-ssml';
import { buildSsml } from './ssml/build-ssml';
import { mapWordBoundaries } from './ssml/map-word-boundaries';

const SILENCE_MS = 300;
const SAMPLE_RATE = 24_000;
const MAX_TEXT_CHARACTERS = 100_000;

/**
 * Azure neural voices through SSML: a voice per language, a speaking style where the voice has
 * one, rate and pitch, a second voice for quoted lines when configured. Word times are the
 * service's own word boundaries, mapped from the SSML back into the scene text.
 */
export class AzureNarrator implements Narrator {
  readonly provider = 'azure';
  readonly model = 'neural-tts';

  constructor(private readonly connection: AzureSpeechConnection, private readonly catalog: AzureVoiceCatalog) {}

  async voices(): Promise<VoiceInfo[]> {
    const voices = await this.catalog.voices();
    return voices.map((voice) => ({ id: voice.ShortName, name: `${voice.LocalName ?? voice.DisplayName ?? voice.ShortName} (${voice.LocaleName ?? voice.Locale})`, language: voice.Locale, styles: voice.StyleList ?? [] }));
  }

  async narrate(input: NarratorInput): Promise<Narration> {
    throwIfCancelled(input.signal);
    if (typeof input.text !== 'string') throw new BadInputError('the text to narrate must be a string');
    if (input.text.length > MAX_TEXT_CHARACTERS) throw new BadInputError(`a scene's text is limited to ${MAX_TEXT_CHARACTERS.toLocaleString('en')} characters for narration`);
    if (!/[\p{L}\p{N}]/u.test(input.text)) return silence();
    const { settings } = this.connection;
    const voices = await this.catalog.voices(input.signal);
    const narrator = chooseAzureVoice(voices, input.language, input.voice, configuredVoice(settings.voices, input.language));
    const style = chooseStyle(narrator.voice, input.style, settings.style);
    const warnings = [...narrator.warnings, ...style.warnings];
    const dialogueName = configuredVoice(settings.dialogueVoices, input.language);
    const dialogue = dialogueName ? voices.find((voice) => voice.ShortName.toLowerCase() === dialogueName.toLowerCase()) : undefined;
    if (dialogueName && !dialogue) warnings.push(`Azure Speech has no voice "${dialogueName}" for dialogue; the narrator reads the dialogue too`);
    const built = buildSsml({
      text: input.text,
      locale: narrator.voice.Locale,
      narrator: { name: narrator.voice.ShortName, style: style.style },
      dialogue: dialogue && dialogue !== narrator.voice ? { name: dialogue.ShortName, style: chooseStyle(dialogue, undefined, settings.style).style } : undefined,
      rate: input.rate,
      pitch: settings.pitch,
    });
    const spoken = await callWithRetry(this.connection.calls.narrator, 'speaking', (signal) => speakSsml(this.connection, built.ssml, signal), input.signal);
    let audio;
    try {
      audio = decodeWav(spoken.audio);
    } catch (error) {
      throw new ProviderError({ provider: this.provider, retryable: false, message: `Azure Speech answered with audio that could not be read: ${(error as Error).message}` });
    }
    const durationMs = wavDurationMs(audio);
    let words = mapWordBoundaries(spoken.boundaries, built.textAt, input.text, durationMs);
    if (words.length < textWords(input.text, input.language).length / 2) {
      words = estimateNarrationTimings(input.text, input.language, durationMs).words;
      warnings.push('Azure Speech gave few word boundaries, so word times are estimated');
    }
    return {
      audio: encodeWav(audio),
      mimeType: 'audio/wav',
      durationMs,
      words,
      sentences: timedSentences(splitSentences(input.text, input.language), words),
      warnings,
    };
  }
}

function silence(): Narration {
  const samples = new Int16Array(Math.round((SILENCE_MS * SAMPLE_RATE) / 1000));
  return { audio: encodeWav({ sampleRate: SAMPLE_RATE, channels: 1, samples }), mimeType: 'audio/wav', durationMs: SILENCE_MS, words: [], sentences: [], warnings: [] };
}
