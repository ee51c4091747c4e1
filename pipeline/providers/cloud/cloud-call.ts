import { CancelledError, ProviderError, StoryloomError } from '../../errors';
import type { ConcurrencyLimit } from './concurrency-limit';
import { decideRetry, type RetryPolicy } from './retry-policy';

/** How one cloud provider's calls are made: the same wrapper for OpenAI, Azure OpenAI and Azure Speech. */
export interface CloudCallSettings {
  provider: string;
  retry: RetryPolicy;
  /** Each try is abandoned after this long (and counts as a retryable failure). */
  timeoutMs: number;
  limit: ConcurrencyLimit;
  /** Turns whatever the vendor's SDK threw into a ProviderError saying whether to retry. */
  classify(error: unknown): ProviderError;
  /** Replaceable in tests. */
  sleep?: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Told about every retry (for logs and tests). */
  onRetry?: (event: { what: string; attempt: number; delayMs: number; error: ProviderError }) => void;
}

/**
 * Runs `work` under the provider's concurrency limit with a per-try timeout, retrying what the
 * policy allows. `work` gets a signal that fires on timeout or cancel; the try is abandoned then
 * even if the SDK ignores the signal. The slot is given back while waiting to retry.
 */
export async function callWithRetry<T>(settings: CloudCallSettings, what: string, work: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw new CancelledError();
    let failure: ProviderError;
    try {
      return await settings.limit.run(() => oneTry(settings, what, work, signal), signal);
    } catch (error) {
      if (signal?.aborted || CancelledError.isInstance(error)) throw new CancelledError();
      if (StoryloomError.isInstance(error) && !ProviderError.isInstance(error)) throw error;
      failure = ProviderError.isInstance(error) ? error : settings.classify(error);
    }
    const decision = decideRetry(attempt, failure, settings.retry, settings.random);
    if (!decision.retry) throw finalError(failure, decision.reason, attempt, settings.retry);
    settings.onRetry?.({ what, attempt, delayMs: decision.delayMs, error: failure });
    await (settings.sleep ?? sleep)(decision.delayMs, signal);
  }
}

async function oneTry<T>(settings: CloudCallSettings, what: string, work: (signal: AbortSignal) => Promise<T>, outer?: AbortSignal): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeoutMs);
  const onOuterAbort = () => controller.abort();
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  let stop: (() => void) | null = null;
  const abandoned = new Promise<never>((_resolve, reject) => {
    stop = () => reject(timedOut ? timeoutError(settings, what) : new CancelledError());
    controller.signal.addEventListener('abort', stop, { once: true });
  });
  abandoned.catch(() => undefined);
  try {
    return await Promise.race([work(controller.signal), abandoned]);
  } catch (error) {
    if (timedOut) throw timeoutError(settings, what);
    throw error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
    if (stop) controller.signal.removeEventListener('abort', stop);
  }
}

function timeoutError(settings: CloudCallSettings, what: string): ProviderError {
  return new ProviderError({ provider: settings.provider, retryable: true, message: `${settings.provider} did not finish ${what} within ${formatSeconds(settings.timeoutMs)}` });
}

function finalError(failure: ProviderError, reason: 'not-retryable' | 'out-of-attempts' | 'wait-too-long', attempts: number, policy: RetryPolicy): ProviderError {
  // One try allowed and one made: there was no giving up to speak of.
  if (reason === 'not-retryable' || (reason === 'out-of-attempts' && attempts === 1)) return failure;
  const why = reason === 'out-of-attempts'
    ? `gave up after ${attempts} ${attempts === 1 ? 'try' : 'tries'}`
    : `the service asked to wait ${formatSeconds(failure.retryAfterMs ?? 0)}, longer than the ${formatSeconds(policy.maxRetryAfterMs)} allowed`;
  return new ProviderError({ provider: failure.provider, retryable: true, status: failure.status, retryAfterMs: failure.retryAfterMs, code: failure.code, message: `${failure.message} (${why})`, cause: failure });
}

function formatSeconds(milliseconds: number): string {
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  const seconds = milliseconds / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

/** Waits, or rejects with CancelledError as soon as the signal fires. */
export function sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new CancelledError());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
