import { BadInputError } from '../../errors';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';

export interface CloudCallOptions {
  retry: RetryPolicy;
  timeoutMs: number;
  concurrency: number;
}

export interface CloudCallDefaults {
  timeoutSeconds: number;
  concurrency: number;
}

/**
 * Timeout, tries and concurrency for one vendor from STORYLOOM_<VENDOR>_TIMEOUT_SECONDS,
 * _MAX_ATTEMPTS and _CONCURRENCY. A value that is not a sensible number is refused, naming the
 * variable, rather than silently ignored.
 */
export function readCloudCallOptions(env: Record<string, string | undefined>, vendor: 'OPENAI' | 'AZURE_SPEECH', defaults: CloudCallDefaults): CloudCallOptions {
  const read = (name: string, fallback: number, minimum: number, maximum: number, whole: boolean) => {
    const variable = `STORYLOOM_${vendor}_${name}`;
    const raw = env[variable]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < minimum || value > maximum || (whole && !Number.isInteger(value))) {
      throw new BadInputError(`${variable} is "${raw}"; it must be a ${whole ? 'whole ' : ''}number from ${minimum} to ${maximum}`);
    }
    return value;
  };
  return {
    timeoutMs: read('TIMEOUT_SECONDS', defaults.timeoutSeconds, 1, 3600, false) * 1000,
    concurrency: read('CONCURRENCY', defaults.concurrency, 1, 64, true),
    retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: read('MAX_ATTEMPTS', DEFAULT_RETRY_POLICY.maxAttempts, 1, 10, true) },
  };
}
