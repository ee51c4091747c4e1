import path from 'node:path';
import { BookFolder } from '../../book-folder';
import { chooseProviders } from '../../providers/choose-providers';
import { UsageError, type CliIo, type Command } from '../cli-io';
import type { MakeCommandDependencies } from './make';
import { reportOutcome } from '../make/report-outcome';
import { makeWithProgress } from '../make/run-with-progress';
import { parseOptions } from '../parse-options';

const HELP = `storyloom resume — finish a book that failed or was cancelled

Usage:
  storyloom resume <book-folder> [--json]

Every step the folder already records is kept and not paid for again; only what is missing is
made, with the providers chosen now. A finished book is left as it is.`;

export function resumeCommand(dependencies: MakeCommandDependencies = {}): Command {
  return { name: 'resume', summary: 'finish a book that failed or was cancelled', help: HELP, run: (argv, io) => runResume(argv, io, dependencies) };
}

async function runResume(argv: string[], io: CliIo, dependencies: MakeCommandDependencies): Promise<number> {
  const { values, positionals } = parseOptions('resume', argv, { json: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'give the book folder to finish' : `give one book folder, not ${positionals.length}`, 'resume');
  const folder = new BookFolder(path.resolve(io.cwd, positionals[0]));
  if (!(await folder.exists())) throw new UsageError(`${positionals[0]} is not a book folder: it has no book.json`, 'resume');
  await folder.read();
  const chosen = (dependencies.chooseProviders ?? ((env) => chooseProviders({ env })))(io.env);
  let outcome;
  try {
    outcome = await makeWithProgress(folder, chosen, dependencies.renderers?.(), io);
  } finally {
    await chosen.providers.close();
  }
  const { manifest } = outcome;
  if (!manifest) throw outcome.failure;
  return reportOutcome('resume', { ...outcome, manifest }, folder.dir, chosen.describe(), values.json === true, io);
}
