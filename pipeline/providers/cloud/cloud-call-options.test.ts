import { BadInputError } from '../../errors';
import { readCloudCallOptions } from './cloud-call-options';

describe('readCloudCallOptions', () => {
  const defaults = { timeoutSeconds: 90, concurrency: 4 };

  it('uses the defaults when nothing is set', () => {
    const options = readCloudCallOptions({}, 'OPENAI', defaults);
    expect(options.timeoutMs).toBe(90_000);
    expect(options.concurrency).toBe(4);
    expect(options.retry.maxAttempts).toBe(4);
  });

  it('reads the vendor’s own variables', () => {
    const options = readCloudCallOptions({ STORYLOOM_AZURE_SPEECH_TIMEOUT_SECONDS: '2.5', STORYLOOM_AZURE_SPEECH_CONCURRENCY: '1', STORYLOOM_AZURE_SPEECH_MAX_ATTEMPTS: '2', STORYLOOM_OPENAI_CONCURRENCY: '9' }, 'AZURE_SPEECH', defaults);
    expect(options).toMatchObject({ timeoutMs: 2500, concurrency: 1, retry: { maxAttempts: 2 } });
  });

  it('refuses a value that is not a sensible number, naming the variable', () => {
    const refusal = (() => {
      try {
        readCloudCallOptions({ STORYLOOM_OPENAI_CONCURRENCY: '2.5' }, 'OPENAI', defaults);
      } catch (error) {
        return error as Error;
      }
    })();
    expect(BadInputError.isInstance(refusal)).toBe(true);
    expect(refusal?.message).toBe('STORYLOOM_OPENAI_CONCURRENCY is "2.5"; it must be a whole number from 1 to 64');
    expect(() => readCloudCallOptions({ STORYLOOM_OPENAI_TIMEOUT_SECONDS: 'soon' }, 'OPENAI', defaults)).toThrow('STORYLOOM_OPENAI_TIMEOUT_SECONDS is "soon"');
  });
});
