import type { RunningServer } from './start-server';

/**
 * Clean shutdown on SIGINT/SIGTERM: stop taking work, let running books record and park for the
 * next start, close sockets and the port, then exit. A second signal exits at once.
 */
export function runUntilSignalled(server: Pick<RunningServer, 'close'>, log: (line: string) => void = (line) => console.error(line)): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    log(`${signal}: finishing the current steps and stopping…`);
    server.close().then(
      () => {
        log('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log(`could not stop cleanly: ${(error as Error)?.message ?? String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
