import type { Command } from './cli-io';
import { makeCommand } from './commands/make';
import { planCommand } from './commands/plan';
import { providersCommand } from './commands/providers';
import { renderCommand } from './commands/render';
import { resumeCommand } from './commands/resume';

/** Every `storyloom` subcommand, in the order `--help` lists them. Each lives in commands/<name>.ts. */
export const COMMANDS: Command[] = [makeCommand(), resumeCommand(), renderCommand(), planCommand, providersCommand()];
