import { CancelledError } from '../errors';
import { untilAborted } from './until-aborted';

describe('untilAborted', () => {
  it('passes a result through when nothing is cancelled', async () => {
    await expect(untilAborted(Promise.resolve(7), new AbortController().signal)).resolves.toBe(7);
    await expect(untilAborted(Promise.reject(new Error('no')), undefined)).rejects.toThrow('no');
  });

  it('rejects at once when the signal fires, even if the work never ends', async () => {
    const controller = new AbortController();
    const forever = new Promise<number>(() => undefined);
    const raced = untilAborted(forever, controller.signal);
    controller.abort();
    await expect(raced).rejects.toBeInstanceOf(CancelledError);
  });

  it('rejects work started after the signal already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(untilAborted(Promise.resolve(1), controller.signal)).rejects.toBeInstanceOf(CancelledError);
  });
});
