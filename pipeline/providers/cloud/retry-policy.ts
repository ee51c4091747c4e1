/**
 * When to try a cloud call again, and how long to wait first. Pure: the clock and the random
 * source are passed in, so every rule is tested without waiting.
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxAttempts: number;
  /** The first backoff; each later one doubles, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A service asking for a longer wait than this is not waited for: the call fails instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 20_000, maxRetryAfterMs: 60_000 };

/** What the policy needs to know about a failure. */
export interface FailureFacts {
  retryable: boolean;
  retryAfterMs: number | null;
}

/**
 * 408 (timeout), 409 (conflict, e.g. a busy resource), 429 (rate limit) and every 5xx may succeed
 * later; other 4xx will fail the same way again. No status (a network failure) is worth another try.
 */
export function isRetryableStatus(status: number | null | undefined): boolean {
  if (status === null || status === undefined) return true;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * The wait a service asks for: `retry-after-ms` (OpenAI's own header) first, then `retry-after`
 * in seconds or as an HTTP date. Null when absent or unreadable.
 */
export function parseRetryAfter(header: (name: string) => string | null | undefined, nowMs: number): number | null {
  const milliseconds = header('retry-after-ms');
  if (milliseconds && /^\d+(\.\d+)?$/.test(milliseconds.trim())) return Math.round(Number(milliseconds));
  const value = header('retry-after')?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: 'not-retryable' | 'out-of-attempts' | 'wait-too-long' };

/**
 * Whether to try again after `attemptsMade` tries ended in `failure`. A service's retry-after is
 * honoured exactly; otherwise the wait is exponential backoff with "equal jitter" (half fixed,
 * half random), so parallel scenes that failed together do not retry together.
 */
export function decideRetry(attemptsMade: number, failure: FailureFacts, policy: RetryPolicy, random: () => number = Math.random): RetryDecision {
  if (!failure.retryable) return { retry: false, reason: 'not-retryable' };
  if (attemptsMade >= policy.maxAttempts) return { retry: false, reason: 'out-of-attempts' };
  if (failure.retryAfterMs !== null) {
    if (failure.retryAfterMs > policy.maxRetryAfterMs) return { retry: false, reason: 'wait-too-long' };
    return { retry: true, delayMs: failure.retryAfterMs };
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attemptsMade - 1));
  return { retry: true, delayMs: Math.round(ceiling / 2 + (ceiling / 2) * random()) };
}
