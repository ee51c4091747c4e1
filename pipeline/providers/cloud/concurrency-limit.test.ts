import { CancelledError } from '../../errors';
import { ConcurrencyLimit } from './concurrency-limit';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('ConcurrencyLimit', () => {
  it('never runs more than its limit at once and serves waiters in order', async () => {
    const limit = new ConcurrencyLimit(2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    let peak = 0;
    const all = gates.map((gate, index) => limit.run(async () => {
      started.push(index);
      peak = Math.max(peak, limit.active);
      await gate.promise;
      return index;
    }));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[1].resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    gates.forEach((gate) => gate.resolve());
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3]);
    expect(peak).toBe(2);
    expect(limit.active).toBe(0);
  });

  it('lets a cancelled waiter leave the queue without running it', async () => {
    const limit = new ConcurrencyLimit(1);
    const gate = deferred();
    const first = limit.run(() => gate.promise);
    const controller = new AbortController();
    let ran = false;
    const second = limit.run(async () => void (ran = true), controller.signal).catch((error) => error);
    controller.abort();
    expect(CancelledError.isInstance(await second)).toBe(true);
    gate.resolve();
    await first;
    expect(ran).toBe(false);
    expect(limit.active).toBe(0);
  });

  it('refuses a limit below one', () => {
    expect(() => new ConcurrencyLimit(0)).toThrow('at least 1');
  });
});
