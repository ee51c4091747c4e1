import type { Command } from './cli-io';

/** Every `storyloom` subcommand, in the order `--help` lists them. Each lives in commands/<name>.ts. */
export const COMMANDS: Command[] = [];
