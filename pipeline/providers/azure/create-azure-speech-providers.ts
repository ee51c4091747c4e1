import type { Narrator } from '../narrator';
import type { Transcriber } from '../transcriber';
import { AzureNarrator } from './azure-narrator';
import { azureSpeechConnection } from './azure-speech-connection';
import type { AzureSpeechSettings } from './azure-speech-settings';
import { AzureTranscriber } from './azure-transcriber';
import { AzureVoiceCatalog } from './azure-voice-catalog';

export interface AzureSpeechProviders {
  narrator: Narrator;
  transcriber: Transcriber;
  close(): Promise<void>;
}

/** The Azure Speech narrator and transcriber, sharing one connection and one voice list. */
export function createAzureSpeechProviders(settings: AzureSpeechSettings): AzureSpeechProviders {
  const connection = azureSpeechConnection(settings);
  return {
    narrator: new AzureNarrator(connection, new AzureVoiceCatalog(connection)),
    transcriber: new AzureTranscriber(connection),
    // Every call opens and closes its own synthesizer or recognizer: nothing stays open.
    close: async () => undefined,
  };
}
