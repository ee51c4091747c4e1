import { runInOrder } from './run-in-order';

const tick = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('runInOrder', () => {
  it('keeps at most `concurrency` items in flight and starts them in order', async () => {
    let running = 0;
    let highest = 0;
    const started: number[] = [];
    await runInOrder(10, 3, async (index) => {
      started.push(index);
      running++;
      highest = Math.max(highest, running);
      await tick(5 + (index % 3) * 3);
      running--;
    });
    expect(highest).toBe(3);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('reports failures per item and starts nothing new once told to stop', async () => {
    let stop = false;
    const started: number[] = [];
    const outcomes = await runInOrder(8, 2, async (index) => {
      started.push(index);
      await tick(5);
      if (index === 2) {
        stop = true;
        throw new Error('scene 2 broke');
      }
    }, () => stop);
    expect(started).toEqual([0, 1, 2, 3]);
    const failed = outcomes.filter((outcome) => !outcome.ok);
    expect(failed).toEqual([{ index: 2, ok: false, error: new Error('scene 2 broke') }]);
    expect(outcomes.filter((outcome) => outcome.ok).map((outcome) => outcome.index).sort()).toEqual([0, 1, 3]);
  });

  it('does nothing for no items', async () => {
    expect(await runInOrder(0, 4, async () => { throw new Error('never'); })).toEqual([]);
  });
});
