/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Command {
  name: string;
  /** One line for `storyloom --help`. */
  summary: string;
  /** The full text for `storyloom <name> --help`. */
  help: string;
  /** Returns the exit code. Throws UsageError for bad arguments, StoryloomError for failures. */
  run(argv: string[], io: CliIo): Promise<number>;
}
