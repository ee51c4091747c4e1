import { z } from 'zod';
import { BookIdSchema, CreateBookBodySchema, ListBooksQuerySchema } from './request-schemas';
import { RecordingOptionsSchema } from '../recordings/recording-request';
import {
  ApiOptionsSchema, BookDetailSchema, BookListSchema, CancelledBookSchema, CreatedBookSchema, ErrorBodySchema, HealthSchema,
} from './response-schemas';
import { BookEventSchema, SubscribeAckSchema, SubscribeRequestSchema } from '../../web/shared/book-events';
import { DOWNLOAD_NAMES } from '../../web/shared/downloads';

type Schema = z.ZodType;

/** JSON Schema 2020-12 (what OpenAPI 3.1 uses) for a request (input) or an answer (output). */
function jsonSchema(schema: Schema, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

const json = (schema: Schema, description: string) => ({ description, content: { 'application/json': { schema: jsonSchema(schema, 'output') } } });
const problem = (description: string) => json(ErrorBodySchema, description);
const idParameter = { name: 'id', in: 'path', required: true, schema: jsonSchema(BookIdSchema, 'input') };
const errors = { 400: problem('The id is not a book id'), 404: problem('There is no such book') };

/** The multipart form a recorded narration is sent in. */
function recordingUploadSchema(): Record<string, unknown> {
  return {
    schema: {
      type: 'object',
      required: ['recording'],
      properties: {
        recording: { type: 'string', format: 'binary', description: 'The narration: WAV, MP3, M4A, OGG or WebM (known by its bytes), at most 50 MB' },
        options: { type: 'string', contentMediaType: 'application/json', contentSchema: jsonSchema(RecordingOptionsSchema, 'input'), description: 'The book options as JSON, as for a JSON request without text or prompt' },
      },
    },
  };
}

/** The API described from the same zod schemas that check its requests. */
export function openApiDocument(): Record<string, unknown> {
  const query = jsonSchema(ListBooksQuerySchema, 'input') as { properties: Record<string, Record<string, unknown>> };
  return {
    openapi: '3.1.0',
    info: { title: 'Storyloom', version: '1', description: 'Turn a story into an illustrated, narrated storybook. Progress streams over socket.io: emit "subscribe" { bookId, lastSeq? }.' },
    paths: {
      '/api/books': {
        post: {
          summary: 'Make a book from a story ("text"), an idea for one ("prompt"), or a recorded narration (multipart "recording")',
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(CreateBookBodySchema, 'input') }, 'multipart/form-data': recordingUploadSchema() } },
          responses: { 202: json(CreatedBookSchema, 'Accepted: the book is queued'), 400: problem('Something in the body is wrong'), 413: problem('The body, the story or the recording is too large'), 415: problem('The recording is not WAV, MP3, M4A, OGG or WebM'), 501: problem('No transcriber is set up, so recordings cannot be accepted'), 503: problem('The server is shutting down') },
        },
        get: {
          summary: 'The books made so far, newest first',
          parameters: Object.entries(query.properties).map(([name, schema]) => ({ name, in: 'query', required: false, schema })),
          responses: { 200: json(BookListSchema, 'A page of books'), 400: problem('A query parameter is wrong') },
        },
      },
      '/api/books/{id}': {
        get: { summary: 'A book: its snapshot (with URLs) and its manifest', parameters: [idParameter], responses: { 200: json(BookDetailSchema, 'The book'), ...errors } },
        delete: { summary: 'Delete a book (cancelling it first if it is being made)', parameters: [idParameter], responses: { 204: { description: 'Deleted' }, ...errors } },
      },
      '/api/books/{id}/cancel': {
        post: { summary: 'Stop making a book', parameters: [idParameter], responses: { 200: json(CancelledBookSchema, 'Cancelled'), ...errors, 409: problem('The book is not being made') } },
      },
      '/api/books/{id}/resume': {
        post: { summary: 'Try a failed or cancelled book again; recorded steps are not redone', parameters: [idParameter], responses: { 202: json(CancelledBookSchema, 'Queued again'), ...errors, 409: problem('The book is being made or already finished') } },
      },
      '/api/books/{id}/files/{path}': {
        get: {
          summary: "A file of the book's folder (pictures, audio, outputs); answers Range requests",
          parameters: [idParameter, { name: 'path', in: 'path', required: true, schema: { type: 'string' }, description: 'Relative to the book folder, e.g. scenes/01.png' }],
          responses: { 200: { description: 'The file' }, 206: { description: 'Part of the file' }, ...errors },
        },
      },
      '/api/books/{id}/download/{name}': {
        get: {
          summary: 'Download an output as an attachment; web.zip zips the web storybook',
          parameters: [idParameter, { name: 'name', in: 'path', required: true, schema: { type: 'string', enum: DOWNLOAD_NAMES } }],
          responses: { 200: { description: 'The file' }, ...errors },
        },
      },
      '/api/options': { get: { summary: 'Languages, voices, styles, sizes, formats, limits and the active providers', responses: { 200: json(ApiOptionsSchema, 'The options') } } },
      '/api/health': { get: { summary: 'Is the server up, and how busy', responses: { 200: json(HealthSchema, 'Up') } } },
    },
    components: {
      // Not HTTP: the socket.io messages, described here so clients have one place to look.
      schemas: {
        SubscribeRequest: jsonSchema(SubscribeRequestSchema, 'input'),
        SubscribeAcknowledgement: jsonSchema(SubscribeAckSchema, 'output'),
        BookEvent: jsonSchema(BookEventSchema, 'output'),
      },
    },
  };
}
