import { BadInputError, CancelledError, ProviderError } from '../../errors';
import { callWithRetry, type CloudCallSettings } from './cloud-call';
import { ConcurrencyLimit } from './concurrency-limit';

function settings(overrides: Partial<CloudCallSettings> = {}): CloudCallSettings & { waits: number[] } {
  const waits: number[] = [];
  return {
    provider: 'openai',
    retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 },
    timeoutMs: 1000,
    limit: new ConcurrencyLimit(2),
    classify: (error) => new ProviderError({ provider: 'openai', retryable: (error as { status?: number }).status !== 400, status: (error as { status?: number }).status ?? null, message: (error as Error).message }),
    sleep: async (milliseconds) => void waits.push(milliseconds),
    random: () => 1,
    waits,
    ...overrides,
  };
}

function failing(status: number, retryAfterMs: number | null = null) {
  return new ProviderError({ provider: 'openai', retryable: status === 429 || status >= 500, status, retryAfterMs, message: `openai answered HTTP ${status}` });
}

describe('callWithRetry', () => {
  it('retries a rate limit after the wait the service asked for, then succeeds', async () => {
    const options = settings();
    let calls = 0;
    const result = await callWithRetry(options, 'drawing', async () => {
      calls++;
      if (calls === 1) throw failing(429, 1500);
      return 'picture';
    });
    expect(result).toBe('picture');
    expect(calls).toBe(2);
    expect(options.waits).toEqual([1500]);
  });

  it('backs off between server errors and gives up after the last try, saying so', async () => {
    const options = settings();
    let calls = 0;
    const error = await callWithRetry(options, 'drawing', async () => {
      calls++;
      throw failing(500);
    }).catch((caught) => caught);
    expect(calls).toBe(3);
    expect(options.waits).toEqual([100, 200]);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error.message).toBe('openai answered HTTP 500 (gave up after 3 tries)');
    expect(error.status).toBe(500);
  });

  it('keeps the service’s words alone when only one try was allowed', async () => {
    const error = await callWithRetry(settings({ retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 } }), 'x', async () => {
      throw failing(502);
    }).catch((caught) => caught);
    expect(error.message).toBe('openai answered HTTP 502');
  });

  it('does not retry what cannot succeed, and passes our own errors through', async () => {
    let calls = 0;
    const refused = await callWithRetry(settings(), 'x', async () => {
      calls++;
      throw Object.assign(new Error('bad request'), { status: 400 });
    }).catch((caught) => caught);
    expect(calls).toBe(1);
    expect(refused.message).toBe('bad request');
    const bad = await callWithRetry(settings(), 'x', async () => {
      throw new BadInputError('the prompt is empty');
    }).catch((caught) => caught);
    expect(BadInputError.isInstance(bad)).toBe(true);
  });

  it('refuses a wait longer than allowed instead of hanging', async () => {
    const error = await callWithRetry(settings(), 'x', async () => {
      throw failing(429, 120_000);
    }).catch((caught) => caught);
    expect(error.message).toBe('openai answered HTTP 429 (the service asked to wait 120 s, longer than the 5 s allowed)');
  });

  it('abandons a try that takes longer than the timeout, even when the work ignores its signal, and retries it', async () => {
    const options = settings({ timeoutMs: 50 });
    let calls = 0;
    const seen: boolean[] = [];
    const result = await callWithRetry(options, 'narrating', async (signal) => {
      calls++;
      if (calls === 1) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        seen.push(signal.aborted);
        return 'late';
      }
      return 'on time';
    });
    expect(result).toBe('on time');
    expect(options.waits.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen).toEqual([true]);
  });

  it('names the step and the limit when every try times out', async () => {
    const error = await callWithRetry(settings({ timeoutMs: 20, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 } }), 'narrating scene 2', () => new Promise<never>(() => undefined)).catch((caught: Error) => caught);
    expect(error.message).toBe('openai did not finish narrating scene 2 within 20 ms (gave up after 2 tries)');
  });

  it('stops at once when cancelled, while working or while waiting to retry', async () => {
    const controller = new AbortController();
    const pending = callWithRetry(settings(), 'x', () => new Promise(() => undefined), controller.signal).catch((caught) => caught);
    controller.abort();
    expect(CancelledError.isInstance(await pending)).toBe(true);

    const waiting = new AbortController();
    const options = settings({ sleep: (_ms, signal) => new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new CancelledError()))) });
    const retrying = callWithRetry(options, 'x', async () => {
      throw failing(503);
    }, waiting.signal).catch((caught) => caught);
    await new Promise((resolve) => setImmediate(resolve));
    waiting.abort();
    expect(CancelledError.isInstance(await retrying)).toBe(true);
  });

  it('releases the concurrency slot while waiting to retry', async () => {
    const limit = new ConcurrencyLimit(1);
    const activeDuringWait: number[] = [];
    const options = settings({ limit, sleep: async () => void activeDuringWait.push(limit.active) });
    let calls = 0;
    await callWithRetry(options, 'x', async () => {
      if (++calls === 1) throw failing(500);
      return 1;
    });
    expect(activeDuringWait).toEqual([0]);
  });
});
