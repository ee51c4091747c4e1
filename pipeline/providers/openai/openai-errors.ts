import { APIConnectionError, APIConnectionTimeoutError, APIError, OpenAIError } from 'openai';
import { ProviderError } from '../../errors';
import { isRetryableStatus, parseRetryAfter } from '../cloud/retry-policy';

export interface OpenAIErrorContext {
  /** "openai" or "azure-openai". */
  provider: string;
  /** Named when the service rejects the key. */
  keyVariable: string;
  /** Where the calls go, named when it cannot be reached. */
  baseURL: string;
}

/**
 * What the OpenAI SDK threw, as a ProviderError a person can act on: a rejected key names the
 * variable to fix, an unreachable server names its address, a rate limit carries its retry-after.
 */
export function classifyOpenAIError(error: unknown, context: OpenAIErrorContext): ProviderError {
  const { provider } = context;
  if (error instanceof APIConnectionTimeoutError) {
    return new ProviderError({ provider, retryable: true, message: `${provider} did not answer in time`, cause: error });
  }
  if (error instanceof APIConnectionError) {
    const reason = (error.cause as Error | undefined)?.message ?? error.message;
    return new ProviderError({ provider, retryable: true, message: `could not reach ${provider} at ${context.baseURL}: ${reason}`, cause: error });
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    const said = serviceMessage(error);
    if (status === 401) {
      return new ProviderError({ provider, retryable: false, status, message: `${provider} rejected the API key (HTTP 401${said ? `: ${said}` : ''}); check ${context.keyVariable}`, cause: error });
    }
    if (status === 403) {
      return new ProviderError({ provider, retryable: false, status, message: `${provider} refused the request (HTTP 403${said ? `: ${said}` : ''}); the key in ${context.keyVariable} may not have access to this model`, cause: error });
    }
    const retryAfterMs = error.headers ? parseRetryAfter((name) => error.headers!.get(name), Date.now()) : null;
    return new ProviderError({ provider, retryable: isRetryableStatus(status), status, retryAfterMs, message: `${provider} answered HTTP ${status}${said ? `: ${said}` : ''}`, cause: error });
  }
  // Compared by name: a SyntaxError from JSON.parse may come from another realm (Jest, workers).
  if (error instanceof OpenAIError || ['SyntaxError', 'ZodError'].includes((error as Error)?.name)) {
    // The SDK could not read the answer (a malformed body, a broken stream): worth another try.
    return new ProviderError({ provider, retryable: true, message: `${provider} sent an answer that could not be read: ${(error as Error).message}`, cause: error });
  }
  const message = (error as Error)?.message ?? String(error);
  return new ProviderError({ provider, retryable: false, message: `${provider} failed: ${message}`, cause: error });
}

function serviceMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  const text = typeof body?.message === 'string' ? body.message : '';
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
