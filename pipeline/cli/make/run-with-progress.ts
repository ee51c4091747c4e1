import type { BookFolder } from '../../book-folder';
import { makeBook } from '../../make-book';
import type { Manifest } from '../../model';
import type { ChosenProviders } from '../../providers/choose-providers';
import type { Renderer } from '../../render/renderer';
import type { CliIo } from '../cli-io';
import { interruptSignal } from '../interrupt-signal';
import { progressDisplay } from '../progress-display';
import { StepTimer, type StepTimings } from './step-timings';

export interface RunOutcome {
  /** The manifest as the run left it, or null when even that could not be read. */
  manifest: Manifest | null;
  failure: unknown;
  timings: StepTimings;
}

/**
 * makeBook with what a terminal needs: progress on stderr, Ctrl-C as a clean cancel, timings,
 * and the providers closed afterwards so the process can exit. A failed or cancelled book is an
 * outcome, not a throw: its manifest says what happened.
 */
export async function makeWithProgress(folder: BookFolder, chosen: ChosenProviders, renderers: Renderer[] | undefined, io: CliIo): Promise<RunOutcome> {
  const interrupt = interruptSignal();
  const display = progressDisplay(io.stderr);
  const timer = new StepTimer();
  let failure: unknown = null;
  try {
    const manifest = await makeBook(folder, {
      providers: chosen.providers,
      renderers,
      signal: interrupt.signal,
      onProgress: (event) => {
        timer.observe(event);
        display.onProgress(event);
      },
    }).catch(async (error) => {
      failure = error;
      return folder.read().catch(() => null);
    });
    return { manifest, failure, timings: timer.result() };
  } finally {
    display.finish();
    interrupt.dispose();
  }
}
