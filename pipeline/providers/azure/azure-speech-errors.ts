import { ProviderError } from '../../errors';
import { isRetryableStatus } from '../cloud/retry-policy';

/** Why the Speech SDK gave up on a call: its cancellation details, as text and code. */
export class SpeechCallFailed extends Error {
  constructor(readonly details: string, readonly errorCode: string) {
    super(details);
    this.name = 'SpeechCallFailed';
  }
}

/** The HTTP or WebSocket status hidden in the SDK's error text, if any. */
export function statusInDetails(details: string): number | null {
  const found = /Unexpected server response: (\d{3})/.exec(details) ?? /\b(?:StatusCode|status code|HTTP)[:\s]+(\d{3,4})\b/i.exec(details) ?? /websocket error code: (\d{4})/.exec(details);
  return found ? Number(found[1]) : null;
}

/**
 * A Speech SDK failure as a ProviderError: a rejected key names AZURE_SPEECH_KEY, a bad request
 * (unknown voice, broken SSML: close code 1007) is not retried, rate limits and lost connections
 * are. The SDK's own wording stays in the message for whoever reads the log.
 */
export function classifyAzureSpeechError(error: unknown, keyVariable = 'AZURE_SPEECH_KEY'): ProviderError {
  const provider = 'azure';
  const details = error instanceof SpeechCallFailed ? error.details : (error as Error)?.message ?? String(error);
  const code = error instanceof SpeechCallFailed ? error.errorCode : '';
  const status = statusInDetails(details);
  if (status === 401 || status === 403 || code === 'AuthenticationFailure' || code === 'Forbidden') {
    return new ProviderError({ provider, retryable: false, status: status ?? 401, message: `Azure Speech rejected the key (HTTP ${status ?? 401}); check ${keyVariable} and that AZURE_SPEECH_REGION is the key's region`, cause: error });
  }
  if (status === 1007 || code === 'BadRequestParameters') {
    return new ProviderError({ provider, retryable: false, status, message: `Azure Speech refused the request: ${tidy(details)}`, cause: error });
  }
  const retryable = status === null || status >= 1000 || isRetryableStatus(status);
  return new ProviderError({ provider, retryable, status: status !== null && status < 1000 ? status : null, message: `Azure Speech failed${status ? ` (${status})` : ''}: ${tidy(details)}`, cause: error });
}

function tidy(details: string): string {
  const line = details.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
