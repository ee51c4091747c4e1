import type { ErrorRequestHandler, RequestHandler } from 'express';
import { describeError, StoryloomError } from '../../pipeline/errors';

/** HTTP status for each error code; anything unlisted is a 500. */
const STATUS_BY_CODE: Record<string, number> = {
  bad_input: 400,
  bad_id: 400,
  bad_path: 400,
  bad_json: 400,
  bad_request: 400,
  too_large: 413,
  body_too_large: 413,
  unsupported_media_type: 415,
  not_found: 404,
  not_running: 409,
  not_ready: 409,
  not_resumable: 409,
  cancelled: 409,
  shutting_down: 503,
  provider_failed: 502,
  no_transcriber: 501,
};

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** Errors from express's body parser and other http-errors carry `type`, `status` and `expose`. */
interface HttpError {
  type?: string;
  status?: number;
  expose?: boolean;
  message?: string;
}

/** The one place an error becomes an answer: a clear message, never a stack trace. */
export function errorMiddleware(log: (line: string) => void = (line) => console.error(line)): ErrorRequestHandler {
  return (error, request, response, _next) => {
    const { status, body } = errorAnswer(error);
    if (status >= 500) log(`${request.method} ${request.originalUrl} failed: ${(error as Error)?.stack ?? String(error)}`);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response.status(status).json(body);
  };
}

export function errorAnswer(error: unknown): { status: number; body: ErrorBody } {
  if (StoryloomError.isInstance(error)) {
    if (error.code === 'corrupt_manifest') return answer(500, error.code, "this book's record is damaged and cannot be read");
    const details = (error as { details?: unknown }).details;
    return answer(STATUS_BY_CODE[error.code] ?? 500, error.code, describeError(error).message, details);
  }
  const http = (error ?? {}) as HttpError;
  switch (http.type) {
    case 'entity.parse.failed':
      return answer(400, 'bad_json', `the request body is not valid JSON (${http.message ?? 'parse error'})`);
    case 'entity.too.large':
      return answer(413, 'body_too_large', 'the request body is too large; a story may be at most 200,000 characters');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return answer(415, 'unsupported_media_type', http.message ?? 'unsupported encoding');
  }
  if (typeof http.status === 'number' && http.status >= 400 && http.status < 500) {
    return answer(http.status, http.status === 404 ? 'not_found' : 'bad_request', http.expose && http.message ? http.message : 'the request could not be understood');
  }
  return answer(500, 'internal', describeError(error).message);
}

function answer(status: number, code: string, message: string, details?: unknown): { status: number; body: ErrorBody } {
  return { status, body: { error: details === undefined ? { code, message } : { code, message, details } } };
}

/** Unknown API routes answer in the same shape as every other error. */
export const apiNotFound: RequestHandler = (request, response) => {
  response.status(404).json({ error: { code: 'not_found', message: `there is no ${request.method} ${request.path} in this API (see /api/openapi.json)` } });
};
