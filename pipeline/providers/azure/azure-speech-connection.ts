import { SpeechConfig } from 'microsoft-cognitiveservices-speech-sdk';
import { BadInputError } from '../../errors';
import type { CloudCallSettings } from '../cloud/cloud-call';
import { ConcurrencyLimit } from '../cloud/concurrency-limit';
import { DEFAULT_RETRY_POLICY } from '../cloud/retry-policy';
import { classifyAzureSpeechError } from './azure-speech-errors';
import type { AzureSpeechSettings } from './azure-speech-settings';

/** What the Azure Speech providers of one set share: how to reach the service and call it. */
export interface AzureSpeechConnection {
  settings: AzureSpeechSettings;
  /** A fresh SpeechConfig per call: the SDK copies it into each synthesizer or recognizer. */
  speechConfig(): SpeechConfig;
  /** The REST address of the voice list. */
  voicesUrl: string;
  fetch: typeof fetch;
  calls: { narrator: CloudCallSettings; transcriber: CloudCallSettings; voices: CloudCallSettings };
}

export function azureSpeechConnection(settings: AzureSpeechSettings): AzureSpeechConnection {
  if (!settings.key?.trim()) throw new BadInputError('no key was given for Azure Speech; set AZURE_SPEECH_KEY');
  if (!settings.region && !settings.host) throw new BadInputError('Azure Speech needs AZURE_SPEECH_REGION (or AZURE_SPEECH_HOST for a custom host)');
  const host = settings.host ? parseHost(settings.host) : null;
  const calls = { retry: DEFAULT_RETRY_POLICY, timeoutMs: 120_000, concurrency: 4, ...settings.calls };
  const callsFor = (): CloudCallSettings => ({ provider: 'azure', retry: calls.retry, timeoutMs: calls.timeoutMs, limit: new ConcurrencyLimit(calls.concurrency), classify: (error) => classifyAzureSpeechError(error) });
  return {
    settings,
    speechConfig: () => (host ? SpeechConfig.fromHost(host, settings.key) : SpeechConfig.fromSubscription(settings.key, settings.region!)),
    voicesUrl: host
      ? `${host.protocol === 'wss:' ? 'https:' : 'http:'}//${host.host}/cognitiveservices/voices/list`
      : `https://${settings.region}.tts.speech.microsoft.com/cognitiveservices/voices/list`,
    fetch: settings.fetch ?? fetch,
    calls: { narrator: callsFor(), transcriber: callsFor(), voices: callsFor() },
  };
}

function parseHost(value: string): URL {
  try {
    const url = new URL(value);
    if (!['ws:', 'wss:'].includes(url.protocol)) throw new Error('not a WebSocket address');
    return url;
  } catch {
    throw new BadInputError(`AZURE_SPEECH_HOST is "${value}"; give a WebSocket address such as wss://my-speech-container:5000`);
  }
}
