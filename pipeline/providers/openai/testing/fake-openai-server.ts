import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { decodeWav } from '../../../audio/wav';
import multer from 'multer';
import { answerChat, answerImage, answerSpeech, answerTranscription, type FakeEndpoint } from './fake-openai-routes';
import type { FakeUtterance } from './fake-speech';

/** A failure to inject into the next request(s) to one endpoint. */
export type FakeFault =
  | { status: number; retryAfter?: string; retryAfterMs?: string; message?: string }
  | { delayMs: number }
  | { malformed: true }
  | { drop: true };

export interface FakeRequest {
  endpoint: FakeEndpoint;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  /** For transcriptions: the uploaded file's bytes. */
  file?: Buffer;
}

export interface FakeOpenAIOptions {
  /** The key the fake accepts (Authorization: Bearer or api-key). Default "sk-fake". */
  apiKey?: string;
  /** Speech pace. Default 300 ms a word. */
  msPerWord?: number;
}

/**
 * An OpenAI-compatible HTTP server on 127.0.0.1 for tests: chat completions (plain and structured
 * output), image generation with base64 PNGs of the asked size, speech as real WAV bytes, and
 * transcription with word timestamps of what it spoke (or of registered recordings). Paths are
 * matched by their end, so both /v1/... and Azure's /openai/deployments/<name>/... work.
 */
export class FakeOpenAIServer {
  readonly requests: FakeRequest[] = [];
  /** What the fake can "hear": transcripts by the fingerprint of the audio (see `fingerprint`). */
  readonly recordings = new Map<string, FakeUtterance>();
  /** What it hears in any other recording (a browser's microphone in a test); null: silence. */
  unknownRecording: FakeUtterance | null = null;
  /** Replaces the default chat answer; return a string (content) or an object (sent as JSON content). */
  chatAnswer: ((body: Record<string, unknown>) => string | object | undefined) | null = null;
  /** Replaces the default picture (a PNG of the asked size) with these bytes, as some servers answer JPEG or WebP. */
  imageAnswer: ((body: Record<string, unknown>) => Uint8Array | undefined) | null = null;
  readonly apiKey: string;
  readonly msPerWord: number;
  /** The most requests it was answering at the same moment (to check concurrency limits). */
  peakInFlight = 0;
  private inFlight = 0;
  private readonly faults = new Map<FakeEndpoint, FakeFault[]>();
  private readonly server: http.Server;

  private constructor(options: FakeOpenAIOptions) {
    this.apiKey = options.apiKey ?? 'sk-fake';
    this.msPerWord = options.msPerWord ?? 300;
    const app = express();
    app.use(express.json({ limit: '5mb' }));
    const upload = multer({ storage: multer.memoryStorage() });
    const route = (endpoint: FakeEndpoint, answer: (request: Request, response: Response) => void | Promise<void>) => async (request: Request, response: Response) => {
      this.inFlight++;
      this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
      response.once('close', () => this.inFlight--);
      this.requests.push({ endpoint, path: request.originalUrl, headers: request.headers, body: { ...(request.body ?? {}) }, file: (request as Request & { file?: { buffer: Buffer } }).file?.buffer });
      if (!this.authorized(request)) {
        response.status(401).json({ error: { message: 'Incorrect API key provided: sk-wr***ng.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
        return;
      }
      if (await this.injectFault(endpoint, response)) return;
      await answer(request, response);
    };
    app.post(/\/chat\/completions$/, route('chat', (request, response) => answerChat(this, request, response)));
    app.post(/\/images\/generations$/, route('images', (request, response) => answerImage(this, request, response)));
    app.post(/\/audio\/speech$/, route('speech', (request, response) => answerSpeech(this, request, response)));
    app.post(/\/audio\/transcriptions$/, upload.single('file'), route('transcriptions', (request, response) => answerTranscription(this, request, response)));
    app.use((request, response) => void response.status(404).json({ error: { message: `fake has no ${request.method} ${request.path}`, type: 'invalid_request_error' } }));
    this.server = http.createServer(app);
  }

  static async start(options: FakeOpenAIOptions = {}): Promise<FakeOpenAIServer> {
    const fake = new FakeOpenAIServer(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** http://127.0.0.1:<port>: the Azure "endpoint". */
  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** http://127.0.0.1:<port>/v1: the OpenAI base URL. */
  get url(): string {
    return `${this.origin}/v1`;
  }

  /** The next `times` requests to `endpoint` meet `fault` instead of an answer. */
  fail(endpoint: FakeEndpoint, fault: FakeFault, times = 1): void {
    const queue = this.faults.get(endpoint) ?? [];
    for (let count = 0; count < times; count++) queue.push(fault);
    this.faults.set(endpoint, queue);
  }

  /** Lets the fake "hear" a recording: its transcription answers with these words. */
  registerRecording(bytes: Uint8Array, utterance: FakeUtterance): void {
    this.recordings.set(fingerprint(bytes), utterance);
  }

  requestsTo(endpoint: FakeEndpoint): FakeRequest[] {
    return this.requests.filter((request) => request.endpoint === endpoint);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private authorized(request: Request): boolean {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    return bearer === this.apiKey || request.headers['api-key'] === this.apiKey;
  }

  private async injectFault(endpoint: FakeEndpoint, response: Response): Promise<boolean> {
    const fault = this.faults.get(endpoint)?.shift();
    if (!fault) return false;
    if ('delayMs' in fault) {
      // unref: a delay still pending when the test ends must not keep the process alive.
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs).unref());
      // The client may have given up meanwhile; then there is nobody to answer.
      return response.destroyed || !response.socket || response.socket.destroyed;
    }
    if ('malformed' in fault) {
      response.status(200).type('application/json').send('{"id": "chatcmpl-broken", "choices": [');
      return true;
    }
    if ('drop' in fault) {
      response.socket?.destroy();
      return true;
    }
    if (fault.retryAfter) response.setHeader('retry-after', fault.retryAfter);
    if (fault.retryAfterMs) response.setHeader('retry-after-ms', fault.retryAfterMs);
    response.status(fault.status).json({ error: { message: fault.message ?? `fake failure ${fault.status}`, type: fault.status === 429 ? 'requests' : 'server_error', code: null } });
    return true;
  }
}

/**
 * What identifies a recording to the fake's ears: a WAV's samples (so a re-encoded copy of the
 * same sound is still recognised, as a real recogniser would), other files' bytes.
 */
export function fingerprint(bytes: Uint8Array): string {
  let content = bytes;
  try {
    const samples = decodeWav(bytes).samples;
    content = new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength);
  } catch {
    // Not a WAV: the bytes themselves.
  }
  return createHash('sha256').update(content).digest('hex');
}
