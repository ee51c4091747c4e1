import { describeError, StoryloomError } from '../errors';
import { processIo, UsageError, type CliIo } from './cli-io';
import { COMMANDS } from './commands';

const OVERVIEW = () => `storyloom — turn a story into an illustrated, narrated storybook

Usage: storyloom <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`).join('\n')}

Run "storyloom <command> --help" for a command's options.
Exit codes: 0 done, 1 failed, 2 wrong usage.`;

/** Runs one command line; returns the exit code. Never prints a stack trace. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(OVERVIEW() + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(`storyloom: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help.trimEnd() + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`storyloom ${command.name}: ${error.message} (see "storyloom ${command.name} --help")\n`);
      return 2;
    }
    if (StoryloomError.isInstance(error) && error.code === 'bad_input') {
      io.stderr.write(`storyloom ${command.name}: ${error.message}\n`);
      return 1;
    }
    const { message } = describeError(error);
    io.stderr.write(`storyloom ${command.name}: ${StoryloomError.isInstance(error) ? message : `failed: ${(error as Error)?.message ?? String(error)}`}\n`);
    if (io.env.STORYLOOM_DEBUG) io.stderr.write(String((error as Error)?.stack) + '\n');
    return 1;
  }
}
