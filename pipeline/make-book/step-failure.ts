/**
 * Carries where a failure happened (which scene, which provider) from the step that saw it to
 * the place that records it in the manifest. Never leaves makeBook: the original error is what
 * callers see.
 */
export class StepFailure extends Error {
  constructor(
    readonly original: unknown,
    readonly context: { what: string; scene: number | null; provider: string | null },
  ) {
    super(context.what);
  }
}

/** Runs one provider call, tagging any failure with its scene and provider. */
export async function tagFailure<T>(context: StepFailure['context'], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof StepFailure ? error : new StepFailure(error, context);
  }
}
