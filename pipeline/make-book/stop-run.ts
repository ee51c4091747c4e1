import { CancelledError, ProviderError, StoryloomError } from '../errors';
import type { BookRun } from './book-run';
import { StepFailure } from './step-failure';

/**
 * Ends a run that threw: records status "cancelled" (no error) or "failed" with an error that
 * names the step, scene and provider, and returns the error the caller should see. Our own
 * errors pass through unchanged; anything else from a provider becomes a ProviderError.
 */
export async function stopRun(run: BookRun, thrown: unknown): Promise<unknown> {
  const original = thrown instanceof StepFailure ? thrown.original : thrown;
  const context = thrown instanceof StepFailure ? thrown.context : { what: null, scene: null, provider: null };
  // Whatever finished before the failure is kept; a failing write here must not hide the cause.
  await run.recorder.flush().catch(() => undefined);
  if (CancelledError.isInstance(original)) {
    await run.recorder.record((book) => {
      book.status = 'cancelled';
      book.error = null;
    }).catch(() => undefined);
    return original;
  }
  const reason = (original as Error)?.message ?? String(original);
  const error = StoryloomError.isInstance(original) || !context.provider
    ? original
    : new ProviderError({ provider: context.provider, retryable: false, message: `${context.provider}: ${reason}`, cause: original });
  const code = StoryloomError.isInstance(error) ? error.code : 'internal';
  const message = context.what ? `${context.what} failed: ${reason}` : reason;
  await run.recorder.record((book) => {
    book.status = 'failed';
    book.error = { code, message, scene: context.scene, provider: context.provider };
  }).catch(() => undefined);
  return error;
}
