import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeUtterance } from '../../openai/testing/fake-speech';
import { recognitionSession } from './fake-recognition';
import { synthesisSession } from './fake-synthesis';
import { FAKE_VOICES, type ServiceVoice } from './fake-voices';
import { readFrame } from './speech-frames';

export type FakeSpeechEndpoint = 'synthesis' | 'recognition' | 'voices';

/** A failure for the next request to one endpoint. */
export type FakeSpeechFault =
  | { status: number; retryAfter?: string }
  | { closeCode: number; reason: string }
  | { delayMs: number };

export interface FakeAzureSpeechOptions {
  key?: string;
  msPerWord?: number;
  voices?: ServiceVoice[];
}

/**
 * An Azure Speech service on 127.0.0.1 for tests, reached with SpeechConfig.fromHost: the
 * WebSocket text-to-speech and speech-to-text protocols the SDK speaks, and the REST voice list,
 * all on one port. It checks the Ocp-Apim-Subscription-Key header like the service.
 */
export class FakeAzureSpeechServer {
  readonly key: string;
  readonly msPerWord: number;
  readonly voices: ServiceVoice[];
  /** Every SSML document spoken, in order. */
  readonly ssml: string[] = [];
  /** Audio received for recognition: length and sample rate. */
  readonly recognised: Array<{ durationMs: number; sampleRate: number }> = [];
  readonly connections: Array<{ path: string; key: string | undefined }> = [];
  /** Recordings the fake can "hear", matched by length (within 60 ms), like a fingerprint. */
  readonly recordings: Array<{ durationMs: number; utterance: FakeUtterance }> = [];
  private readonly faults = new Map<FakeSpeechEndpoint, FakeSpeechFault[]>();
  private readonly server: http.Server;
  private readonly sockets = new WebSocketServer({ noServer: true });

  private constructor(options: FakeAzureSpeechOptions) {
    this.key = options.key ?? 'azure-speech-key';
    this.msPerWord = options.msPerWord ?? 300;
    this.voices = options.voices ?? FAKE_VOICES;
    this.server = http.createServer((request, response) => void this.answerRest(request, response));
    this.server.on('upgrade', (request, socket, head) => this.upgrade(request, socket, head));
  }

  static async start(options: FakeAzureSpeechOptions = {}): Promise<FakeAzureSpeechServer> {
    const fake = new FakeAzureSpeechServer(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** ws://127.0.0.1:<port>, for AZURE_SPEECH_HOST. */
  get host(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  fail(endpoint: FakeSpeechEndpoint, fault: FakeSpeechFault, times = 1): void {
    const queue = this.faults.get(endpoint) ?? [];
    for (let count = 0; count < times; count++) queue.push(fault);
    this.faults.set(endpoint, queue);
  }

  registerRecording(durationMs: number, utterance: FakeUtterance): void {
    this.recordings.push({ durationMs, utterance });
  }

  async close(): Promise<void> {
    for (const client of this.sockets.clients) client.terminate();
    this.sockets.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answerRest(request: http.IncomingMessage, response: http.ServerResponse): void {
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    };
    if (!request.url?.split('?')[0].endsWith('/cognitiveservices/voices/list')) return reply(404, { error: { code: 'NotFound', message: `fake has no ${request.url}` } });
    if (request.headers['ocp-apim-subscription-key'] !== this.key) return reply(401, { error: { code: '401', message: 'Access denied due to invalid subscription key or wrong API endpoint.' } });
    const fault = this.faults.get('voices')?.shift();
    if (fault && 'status' in fault) return reply(fault.status, { error: { code: String(fault.status), message: `fake failure ${fault.status}` } }, fault.retryAfter ? { 'retry-after': fault.retryAfter } : {});
    reply(200, this.voices);
  }

  private upgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = request.url ?? '';
    const endpoint: FakeSpeechEndpoint = path.includes('/tts/') ? 'synthesis' : 'recognition';
    const key = request.headers['ocp-apim-subscription-key'] as string | undefined;
    this.connections.push({ path, key });
    const refuse = (status: number, text: string, extra = '') => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nContent-Length: 0\r\nConnection: close\r\n${extra}\r\n`);
    };
    if (key !== this.key) return refuse(401, 'Unauthorized');
    const fault = this.faults.get(endpoint)?.[0];
    if (fault && 'status' in fault) {
      this.faults.get(endpoint)!.shift();
      return refuse(fault.status, 'Too Many Requests', fault.retryAfter ? `Retry-After: ${fault.retryAfter}\r\n` : '');
    }
    this.sockets.handleUpgrade(request, socket, head, (client) => this.session(client, endpoint));
  }

  private session(client: WebSocket, endpoint: FakeSpeechEndpoint): void {
    const handle = endpoint === 'synthesis'
      ? synthesisSession(client, { msPerWord: this.msPerWord, knownVoices: new Set(this.voices.map((voice) => voice.ShortName)), onSsml: (ssml) => this.ssml.push(ssml), beforeAnswer: (socket) => this.beforeAnswer('synthesis', socket) })
      : recognitionSession(client, { hear: (durationMs) => this.hear(durationMs), onAudio: (durationMs, sampleRate) => this.recognised.push({ durationMs, sampleRate }) });
    let queue = Promise.resolve();
    client.on('message', (data, isBinary) => {
      const frame = readFrame(data as Buffer, isBinary);
      queue = queue.then(() => handle(frame)).catch(() => undefined);
    });
  }

  /** Applies a close or delay fault before an answer; false when the connection was closed. */
  private async beforeAnswer(endpoint: FakeSpeechEndpoint, socket: WebSocket): Promise<boolean> {
    const fault = this.faults.get(endpoint)?.shift();
    if (!fault) return true;
    if ('closeCode' in fault) {
      socket.close(fault.closeCode, fault.reason);
      return false;
    }
    // unref: a delay still pending when the test ends must not keep the process alive.
    if ('delayMs' in fault) await new Promise((resolve) => setTimeout(resolve, fault.delayMs).unref());
    return socket.readyState === socket.OPEN;
  }

  private hear(durationMs: number): FakeUtterance | null {
    return this.recordings.find((recording) => Math.abs(recording.durationMs - durationMs) <= 60)?.utterance ?? null;
  }
}
