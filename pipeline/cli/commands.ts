import type { Command } from './cli-io';
import { planCommand } from './commands/plan';

/** Every `storyloom` subcommand, in the order `--help` lists them. Each lives in commands/<name>.ts. */
export const COMMANDS: Command[] = [planCommand];
