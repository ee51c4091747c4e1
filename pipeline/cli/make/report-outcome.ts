import { CancelledError } from '../../errors';
import type { Manifest } from '../../model';
import type { CliIo } from '../cli-io';
import { displayPath } from '../display-path';
import { makeSummary, summaryText } from './make-summary';
import type { RunOutcome } from './run-with-progress';

/**
 * Prints how a make or resume ended and returns the exit code: 0 ready (summary on stdout),
 * 130 cancelled, 1 failed with the manifest's error. Either way the folder is named, so a person
 * can run `storyloom resume` on it.
 */
export function reportOutcome(command: string, outcome: RunOutcome & { manifest: Manifest }, folderDir: string, providers: string[], json: boolean, io: CliIo): number {
  const { manifest, failure } = outcome;
  const summary = makeSummary(manifest, folderDir, outcome.timings, providers);
  if (json) io.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  if (manifest.status === 'ready') {
    if (!json) io.stdout.write(summaryText(summary, io.cwd));
    return 0;
  }
  const where = displayPath(io.cwd, folderDir);
  const resume = `what was finished is kept in ${where}; "storyloom resume ${where}" finishes it`;
  if (CancelledError.isInstance(failure) || manifest.status === 'cancelled') {
    io.stderr.write(`storyloom ${command}: cancelled; ${resume}\n`);
    return 130;
  }
  const error = manifest.error;
  io.stderr.write(`storyloom ${command}: ${error?.message ?? (failure as Error)?.message ?? 'the book failed'}${error?.provider ? ` (provider: ${error.provider})` : ''}\n`);
  io.stderr.write(`storyloom ${command}: ${resume}\n`);
  return 1;
}
