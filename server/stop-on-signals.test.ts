import { EventEmitter } from 'node:events';
import { stopOnSignals } from './stop-on-signals';

function setUp() {
  const signals = new EventEmitter();
  const lines: string[] = [];
  const exits: number[] = [];
  let closes = 0;
  let finishClose: (() => void) | undefined;
  let failClose: ((error: Error) => void) | undefined;
  const server = {
    close: () => {
      closes++;
      return new Promise<void>((resolve, reject) => {
        finishClose = resolve;
        failClose = reject;
      });
    },
  };
  const stop = stopOnSignals({ signals, log: (line) => lines.push(line), exit: (code) => void exits.push(code) });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { signals, lines, exits, server, stop, settle, closes: () => closes, finishClose: () => finishClose!(), failClose: (error: Error) => failClose!(error) };
}

describe('stopOnSignals', () => {
  it('closes a running server on SIGTERM, lets it finish, then exits 0', async () => {
    const test = setUp();
    test.stop.serve(test.server);
    test.signals.emit('SIGTERM', 'SIGTERM');
    expect(test.closes()).toBe(1);
    await test.settle();
    expect(test.exits).toEqual([]);
    test.finishClose();
    await test.settle();
    expect(test.exits).toEqual([0]);
    expect(test.lines).toEqual(['SIGTERM: finishing the current steps and stopping…', 'stopped']);
  });

  it('remembers a signal that comes while the server is starting, and closes it as soon as it is up', async () => {
    const test = setUp();
    expect(test.stop.stopping).toBe(false);
    test.signals.emit('SIGINT', 'SIGINT');
    expect(test.stop.stopping).toBe(true);
    expect(test.exits).toEqual([]);
    expect(test.lines).toEqual(['SIGINT: stopping as soon as start-up allows…']);
    test.stop.serve(test.server);
    expect(test.closes()).toBe(1);
    test.finishClose();
    await test.settle();
    expect(test.exits).toEqual([0]);
  });

  it('exits 1 at once on a second signal, and 1 when closing fails', async () => {
    const twice = setUp();
    twice.stop.serve(twice.server);
    twice.signals.emit('SIGTERM', 'SIGTERM');
    twice.signals.emit('SIGINT', 'SIGINT');
    expect(twice.exits).toEqual([1]);
    expect(twice.lines[1]).toBe('SIGINT again: exiting now');

    const failing = setUp();
    failing.stop.serve(failing.server);
    failing.signals.emit('SIGTERM', 'SIGTERM');
    failing.failClose(new Error('the disk is full'));
    await failing.settle();
    expect(failing.exits).toEqual([1]);
    expect(failing.lines[1]).toBe('could not stop cleanly: the disk is full');
  });
});
