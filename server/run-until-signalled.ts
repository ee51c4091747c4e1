import type { RunningServer } from './start-server';
import { stopOnSignals } from './stop-on-signals';

/**
 * Clean shutdown on SIGINT/SIGTERM for a server that is already up (see stopOnSignals, which
 * `npm start` installs before it starts anything). A second signal exits at once.
 */
export function runUntilSignalled(server: Pick<RunningServer, 'close'>, log: (line: string) => void = (line) => console.error(line)): void {
  stopOnSignals({ log }).serve(server);
}
