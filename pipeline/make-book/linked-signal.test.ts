import { linkedSignal } from './linked-signal';

describe('linkedSignal', () => {
  it('fires when the outer signal fires, and not after being disposed', () => {
    const outer = new AbortController();
    const linked = linkedSignal(outer.signal);
    expect(linked.signal.aborted).toBe(false);
    outer.abort();
    expect(linked.signal.aborted).toBe(true);

    const second = new AbortController();
    const unhooked = linkedSignal(second.signal);
    unhooked.dispose();
    second.abort();
    expect(unhooked.signal.aborted).toBe(false);
  });

  it('starts aborted when the outer signal already is, and works without one', () => {
    const outer = new AbortController();
    outer.abort();
    expect(linkedSignal(outer.signal).signal.aborted).toBe(true);
    expect(linkedSignal(undefined).signal.aborted).toBe(false);
  });

  it('takes many listeners without a warning', () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    const { signal } = linkedSignal(undefined);
    for (let index = 0; index < 50; index++) signal.addEventListener('abort', () => undefined);
    return new Promise<void>((resolve) => setImmediate(() => {
      process.removeListener('warning', onWarning);
      expect(warnings).toEqual([]);
      resolve();
    }));
  });
});
