import { BadInputError, CancelledError, ProviderError, StoryloomError, describeError, throwIfCancelled } from './errors';

describe('error family', () => {
  it('recognises its members by marker, not by prototype chain', () => {
    const error = new BadInputError('the story is empty');
    expect(StoryloomError.isInstance(error)).toBe(true);
    expect(BadInputError.isInstance(error)).toBe(true);
    expect(ProviderError.isInstance(error)).toBe(false);
    expect(StoryloomError.isInstance(new Error('plain'))).toBe(false);
    const lookalike = Object.assign(new Error('x'), { [Symbol.for('storyloom.error')]: true, name: 'CancelledError' });
    expect(CancelledError.isInstance(lookalike)).toBe(true);
  });

  it('describes foreign errors without leaking their message', () => {
    expect(describeError(new TypeError('secret internals at /root/x.ts:1'))).toEqual({
      code: 'internal',
      message: expect.not.stringContaining('/root'),
    });
    expect(describeError(new ProviderError({ provider: 'openai', message: 'rate limited', retryable: true }))).toEqual({
      code: 'provider_failed',
      message: 'rate limited',
    });
  });

  it('throws CancelledError once a signal aborts', () => {
    const controller = new AbortController();
    expect(() => throwIfCancelled(controller.signal)).not.toThrow();
    controller.abort();
    expect(() => throwIfCancelled(controller.signal)).toThrow(CancelledError);
  });
});
