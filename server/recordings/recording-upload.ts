import type { RequestHandler } from 'express';
import multer from 'multer';
import { BadInputError } from '../../pipeline/errors';
import { BookRequestSchema } from '../../pipeline/model';
import { RECORDING_LABELS, RECORDING_TYPES, sniffRecording } from '../../pipeline/media/audio-types';
import { TRANSCRIBER_KEYS_HINT } from '../../pipeline/recording/transcriber-hint';
import { bookUrl } from '../../web/shared/book-urls';
import type { AppDeps } from '../app-deps';
import { parseInput } from '../http/validate';
import { links } from '../routes/books-routes';
import { MAX_RECORDING_BYTES, megabytes, readOptionsField, RecordingOptionsSchema } from './recording-request';

/**
 * POST /api/books as multipart/form-data: a recorded narration in the "recording" field and the
 * book's options as JSON in "options". The recording's kind is read from its bytes, not from what
 * the browser claims. Other requests pass on to the JSON handler.
 */
export function recordingUpload(deps: Pick<AppDeps, 'store' | 'jobs' | 'catalog' | 'recordingLimitBytes'>): RequestHandler {
  const limit = deps.recordingLimitBytes ?? MAX_RECORDING_BYTES;
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: limit, files: 1, fields: 5, fieldSize: 64 * 1024 } }).single('recording');
  return (request, response, next) => {
    if (!request.is('multipart/form-data')) return next();
    upload(request, response, (error: unknown) => {
      if (error) return next(uploadRefusal(error, limit));
      accept(deps, request.file, request.body as Record<string, unknown>).then(
        (created) => void response.status(202).location(bookUrl(created.id)).json({ ...created, links: links(created.id) }),
        next,
      );
    });
  };
}

async function accept(deps: Pick<AppDeps, 'store' | 'jobs' | 'catalog'>, file: Express.Multer.File | undefined, fields: Record<string, unknown>): Promise<{ id: string; status: string }> {
  const transcriber = (await deps.catalog.options()).providers.find((choice) => choice.capability === 'transcriber');
  if (!transcriber || transcriber.provider === 'none') {
    throw new BadInputError(`making a book from a recording needs a transcriber, and this server has none: ${TRANSCRIBER_KEYS_HINT}`, { needs: ['AZURE_SPEECH_KEY', 'AZURE_SPEECH_REGION', 'OPENAI_API_KEY'] }, 'no_transcriber');
  }
  if (!file) throw new BadInputError(`the recording is missing: send it in the form field "recording" (${RECORDING_LABELS})`);
  if (file.size === 0) throw new BadInputError('the recording is empty');
  const kind = sniffRecording(new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength));
  if (!kind) {
    throw new BadInputError(`the recording must be ${RECORDING_LABELS}; "${file.originalname}" (${file.mimetype}) is not one of them`, undefined, 'unsupported_media_type');
  }
  const unknown = Object.keys(fields).filter((name) => name !== 'options');
  if (unknown.length) throw new BadInputError(`unknown form field${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `"${name}"`).join(', ')}: send "recording" and, optionally, "options" (JSON)`);
  const { scenes, ...options } = parseInput(RecordingOptionsSchema, readOptionsField(fields.options), 'body');
  const type = RECORDING_TYPES[kind];
  const bookRequest = BookRequestSchema.parse({ source: { kind: 'audio', file: `recording.${type.extension}`, mimeType: type.mimeType }, options: { ...options, targetScenes: scenes } });
  await deps.catalog.check(bookRequest);
  if (!deps.jobs.stats().accepting) throw new BadInputError('the server is shutting down; try again in a moment', undefined, 'shutting_down');
  const { folder, manifest } = await deps.store.create(bookRequest);
  await folder.writeFile(`recording.${type.extension}`, file.buffer);
  deps.jobs.enqueue(manifest.id);
  return { id: manifest.id, status: manifest.status };
}

function uploadRefusal(error: unknown, limit: number): BadInputError {
  const code = (error as { code?: string }).code;
  if (code === 'LIMIT_FILE_SIZE') return new BadInputError(`the recording is larger than ${megabytes(limit)}; send a shorter one, or a compressed format such as M4A or MP3`, undefined, 'too_large');
  if (code === 'LIMIT_UNEXPECTED_FILE') return new BadInputError('send one file, in the form field "recording"');
  return new BadInputError(`the upload could not be read: ${(error as Error).message}`);
}
