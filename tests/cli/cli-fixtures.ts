import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../pipeline/cli/cli-io';
import type { ChosenProviders } from '../../pipeline/providers/choose-providers';
import type { ProviderSet } from '../../pipeline/providers/provider-set';
import { syntheticProviders } from '../../pipeline/providers/testing/test-providers';

/** An in-memory terminal: what the command wrote, and standard input from a string. */
export function memoryIo(cwd: string, options: { stdin?: string; env?: Record<string, string>; tty?: boolean } = {}) {
  const stdout = Object.assign(new PassThrough(), { isTTY: false });
  const stderr = Object.assign(new PassThrough(), { isTTY: options.tty ?? false });
  const written = { stdout: '', stderr: '' };
  stdout.on('data', (chunk) => (written.stdout += chunk));
  stderr.on('data', (chunk) => (written.stderr += chunk));
  const io: CliIo = { stdout, stderr, stdin: Readable.from([options.stdin ?? '']), env: options.env ?? {}, cwd };
  return { io, written };
}

/** Synthetic providers as the chooser would hand them over, counting closes. */
export function syntheticChosen(overrides: Partial<ProviderSet> = {}): ChosenProviders & { closes: number } {
  const chosen = {
    closes: 0,
    providers: {
      ...syntheticProviders(),
      ...overrides,
      close: async () => {
        chosen.closes++;
      },
    },
    choices: [],
    describe: () => ['all: synthetic (test)'],
  };
  return chosen;
}
