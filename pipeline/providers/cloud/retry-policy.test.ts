import { decideRetry, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry-policy';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 400, maxDelayMs: 2000, maxRetryAfterMs: 10_000 };
const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe('retry policy', () => {
  it('retries timeouts, conflicts, rate limits, server errors and network failures only', () => {
    expect([408, 409, 429, 500, 502, 503, 504].every((status) => isRetryableStatus(status))).toBe(true);
    expect([400, 401, 403, 404, 413, 422].some((status) => isRetryableStatus(status))).toBe(false);
    expect(isRetryableStatus(null)).toBe(true);
  });

  it('reads retry-after-ms, retry-after in seconds and retry-after as a date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter(headers({ 'retry-after-ms': '1500', 'retry-after': '9' }), now)).toBe(1500);
    expect(parseRetryAfter(headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(parseRetryAfter(headers({ 'retry-after': '0.25' }), now)).toBe(250);
    expect(parseRetryAfter(headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:03 GMT' }), now)).toBe(3000);
    expect(parseRetryAfter(headers({ 'retry-after': 'soon' }), now)).toBeNull();
    expect(parseRetryAfter(headers({}), now)).toBeNull();
  });

  it('waits exactly as long as the service asks', () => {
    expect(decideRetry(1, { retryable: true, retryAfterMs: 1234 }, policy)).toEqual({ retry: true, delayMs: 1234 });
  });

  it('gives up instead of waiting longer than the policy allows', () => {
    expect(decideRetry(1, { retryable: true, retryAfterMs: 60_000 }, policy)).toEqual({ retry: false, reason: 'wait-too-long' });
  });

  it('backs off exponentially with jitter, capped', () => {
    const low = (attempt: number) => (decideRetry(attempt, { retryable: true, retryAfterMs: null }, policy, () => 0) as { delayMs: number }).delayMs;
    const high = (attempt: number) => (decideRetry(attempt, { retryable: true, retryAfterMs: null }, policy, () => 1) as { delayMs: number }).delayMs;
    expect([low(1), high(1)]).toEqual([200, 400]);
    expect([low(2), high(2)]).toEqual([400, 800]);
    expect([low(3), high(3)]).toEqual([800, 1600]);
    expect(high(3)).toBeLessThanOrEqual(policy.maxDelayMs);
    const capped = decideRetry(3, { retryable: true, retryAfterMs: null }, { ...policy, maxAttempts: 10, maxDelayMs: 1000 }, () => 1);
    expect(capped).toEqual({ retry: true, delayMs: 1000 });
  });

  it('stops after the last attempt and never retries what cannot succeed', () => {
    expect(decideRetry(4, { retryable: true, retryAfterMs: null }, policy)).toEqual({ retry: false, reason: 'out-of-attempts' });
    expect(decideRetry(1, { retryable: false, retryAfterMs: 10 }, policy)).toEqual({ retry: false, reason: 'not-retryable' });
  });
});
