import { ProviderError } from '../../errors';
import { callWithRetry } from '../cloud/cloud-call';
import { isRetryableStatus, parseRetryAfter } from '../cloud/retry-policy';
import type { AzureSpeechConnection } from './azure-speech-connection';

/** A voice from the service's list, with the fields the narrator uses. */
export interface AzureVoice {
  ShortName: string;
  LocalName?: string;
  DisplayName?: string;
  Locale: string;
  LocaleName?: string;
  StyleList?: string[];
}

/**
 * The service's voice list, asked for once and shared (a failed answer is forgotten, so the next
 * call asks again). Styles come from here rather than from a table in the code.
 */
export class AzureVoiceCatalog {
  private pending: Promise<AzureVoice[]> | null = null;

  constructor(private readonly connection: AzureSpeechConnection) {}

  voices(signal?: AbortSignal): Promise<AzureVoice[]> {
    if (!this.pending) {
      this.pending = callWithRetry(this.connection.calls.voices, 'listing voices', (attemptSignal) => this.fetchList(attemptSignal), signal);
      this.pending.catch(() => (this.pending = null));
    }
    return this.pending;
  }

  private async fetchList(signal: AbortSignal): Promise<AzureVoice[]> {
    let response: Response;
    try {
      response = await this.connection.fetch(this.connection.voicesUrl, { headers: { 'Ocp-Apim-Subscription-Key': this.connection.settings.key }, signal });
    } catch (error) {
      if (signal.aborted) throw error;
      const reason = ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
      throw new ProviderError({ provider: 'azure', retryable: true, message: `could not reach Azure Speech at ${this.connection.voicesUrl}: ${reason}`, cause: error });
    }
    if (response.status === 401 || response.status === 403) {
      throw new ProviderError({ provider: 'azure', retryable: false, status: response.status, message: `Azure Speech rejected the key (HTTP ${response.status}); check AZURE_SPEECH_KEY and that AZURE_SPEECH_REGION is the key's region` });
    }
    if (!response.ok) {
      throw new ProviderError({ provider: 'azure', retryable: isRetryableStatus(response.status), status: response.status, retryAfterMs: parseRetryAfter((name) => response.headers.get(name), Date.now()), message: `Azure Speech answered HTTP ${response.status} when asked for its voices` });
    }
    const list = (await response.json()) as unknown;
    if (!Array.isArray(list)) throw new ProviderError({ provider: 'azure', retryable: true, message: 'Azure Speech sent a voice list that could not be read' });
    return list.filter((voice): voice is AzureVoice => typeof voice?.ShortName === 'string' && typeof voice?.Locale === 'string');
  }
}
