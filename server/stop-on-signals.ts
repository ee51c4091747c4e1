import type { RunningServer } from './start-server';

export interface SignalStop {
  /** A signal has come: start nothing more. */
  readonly stopping: boolean;
  /** The server is up: a signal, one that came while it was starting or any later, closes it and exits. */
  serve(server: Pick<RunningServer, 'close'>): void;
}

export interface StopOnSignalsOptions {
  log?: (line: string) => void;
  exit?: (code: number) => void;
  /** Where signals come from (the process, or a test's emitter). */
  signals?: { on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown };
}

/**
 * Clean shutdown on SIGINT/SIGTERM: stop taking work, let running books record and park for the
 * next start, close sockets and the port, then exit 0. Installed before anything starts: without
 * it a signal during start-up takes the default action, killing the process half-way (a web build
 * half written, books just resumed) with no exit code at all. A second signal exits at once.
 */
export function stopOnSignals(options: StopOnSignalsOptions = {}): SignalStop {
  const log = options.log ?? ((line: string) => console.error(line));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let server: Pick<RunningServer, 'close'> | null = null;
  let signalled: NodeJS.Signals | null = null;

  const close = (running: Pick<RunningServer, 'close'>, signal: NodeJS.Signals) => {
    log(`${signal}: finishing the current steps and stopping…`);
    running.close().then(
      () => {
        log('stopped');
        exit(0);
      },
      (error: unknown) => {
        log(`could not stop cleanly: ${(error as Error)?.message ?? String(error)}`);
        exit(1);
      },
    );
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      log(`${signal} again: exiting now`);
      exit(1);
      return;
    }
    signalled = signal;
    if (server) close(server, signal);
    else log(`${signal}: stopping as soon as start-up allows…`);
  };
  const source = options.signals ?? process;
  source.on('SIGINT', onSignal);
  source.on('SIGTERM', onSignal);

  return {
    get stopping() {
      return signalled !== null;
    },
    serve(running) {
      server = running;
      if (signalled) close(running, signalled);
    },
  };
}
