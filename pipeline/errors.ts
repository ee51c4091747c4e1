/**
 * The error family. Every failure a person can see is one of these, with a stable `code` and a
 * message written for that person; the server and CLI map them to answers without stack traces.
 * `isInstance` works across module copies (Jest, worker threads), where `instanceof` does not.
 */
const MARKER = Symbol.for('storyloom.error');

export class StoryloomError extends Error {
  readonly [MARKER] = true;
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }

  static isInstance(value: unknown): value is StoryloomError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
  }
}

/** The input is wrong; retrying the same input will fail the same way. */
export class BadInputError extends StoryloomError {
  constructor(
    message: string,
    readonly details: unknown = undefined,
    code = 'bad_input',
  ) {
    super(code, message);
  }
  static override isInstance(value: unknown): value is BadInputError {
    return StoryloomError.isInstance(value) && value.name === 'BadInputError';
  }
}

/** Something asked for does not exist (a book id, a file in a book). */
export class NotFoundError extends StoryloomError {
  constructor(message: string) {
    super('not_found', message);
  }
  static override isInstance(value: unknown): value is NotFoundError {
    return StoryloomError.isInstance(value) && value.name === 'NotFoundError';
  }
}

/** A provider call failed. `retryable` says whether the same call may succeed later. */
export class ProviderError extends StoryloomError {
  readonly provider: string;
  readonly retryable: boolean;
  readonly status: number | null;
  readonly retryAfterMs: number | null;
  constructor(options: {
    provider: string;
    message: string;
    retryable: boolean;
    status?: number | null;
    retryAfterMs?: number | null;
    code?: string;
    cause?: unknown;
  }) {
    super(options.code ?? 'provider_failed', options.message, { cause: options.cause });
    this.provider = options.provider;
    this.retryable = options.retryable;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
  static override isInstance(value: unknown): value is ProviderError {
    return StoryloomError.isInstance(value) && value.name === 'ProviderError';
  }
}

/** A renderer (PDF, video, web, EPUB) could not make its file. */
export class RenderError extends StoryloomError {
  /** What the failing tool said last (e.g. ffmpeg's final stderr lines): for logs, not for people. */
  readonly details: string[];
  constructor(
    readonly format: string,
    message: string,
    options?: { cause?: unknown; details?: string[] },
  ) {
    super('render_failed', message, options);
    this.details = options?.details ?? [];
  }
  static override isInstance(value: unknown): value is RenderError {
    return StoryloomError.isInstance(value) && value.name === 'RenderError';
  }
}

/** The work was cancelled through its AbortSignal. */
export class CancelledError extends StoryloomError {
  constructor(message = 'cancelled') {
    super('cancelled', message);
  }
  static override isInstance(value: unknown): value is CancelledError {
    return StoryloomError.isInstance(value) && value.name === 'CancelledError';
  }
}

/** Throws CancelledError if the signal has fired; call between steps. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/** A message safe to show a person: ours verbatim, anything else as a generic line. */
export function describeError(error: unknown): { code: string; message: string } {
  if (StoryloomError.isInstance(error)) return { code: error.code, message: error.message };
  return { code: 'internal', message: 'something went wrong inside Storyloom; the details are in the server log' };
}
