import type { Request, Response } from 'express';
import { decodeWav, durationMs } from '../../../audio/wav';
import { colourPicture } from '../../testing/synthetic-media';
import { fakePlanAnswer, fakeStoryAnswer, storyInPrompt } from './fake-chat-answers';
import type { FakeOpenAIServer } from './fake-openai-server';
import { fingerprint } from './fake-openai-server';
import { fakeSpeech } from './fake-speech';

export type FakeEndpoint = 'chat' | 'images' | 'speech' | 'transcriptions';

const OPENAI_VOICES = ['alloy', 'ash', 'ballad', 'coral', 'echo', 'fable', 'nova', 'onyx', 'sage', 'shimmer', 'verse'];
const IMAGE_SIZES: Record<string, string[]> = {
  'gpt-image-1': ['1024x1024', '1536x1024', '1024x1536', 'auto'],
  'dall-e-3': ['1024x1024', '1792x1024', '1024x1792'],
};

function refuse(response: Response, message: string, param: string | null = null): void {
  response.status(400).json({ error: { message, type: 'invalid_request_error', param, code: null } });
}

export function answerChat(fake: FakeOpenAIServer, request: Request, response: Response): void {
  const body = request.body as { model?: string; messages?: Array<{ role: string; content: string }>; response_format?: { type: string; json_schema?: { name: string } } };
  if (!Array.isArray(body.messages) || body.messages.length === 0) return refuse(response, "'messages' is required", 'messages');
  const user = body.messages.filter((message) => message.role === 'user').map((message) => message.content).join('\n');
  let content = fake.chatAnswer?.(request.body);
  if (content === undefined) {
    const story = storyInPrompt(user);
    const exactly = /exactly (\d+) scenes/.exec(body.messages.map((message) => message.content).join('\n'))?.[1];
    content = body.response_format?.json_schema?.name === 'story_plan' && story !== null ? fakePlanAnswer(story, exactly ? Number(exactly) : null) : fakeStoryAnswer(user);
  }
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  response.json({
    id: `chatcmpl-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model ?? 'unknown',
    choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: Math.ceil(user.length / 4), completion_tokens: Math.ceil(text.length / 4), total_tokens: Math.ceil((user.length + text.length) / 4) },
  });
}

export function answerImage(fake: FakeOpenAIServer, request: Request, response: Response): void {
  const body = request.body as { model?: string; prompt?: string; size?: string; n?: number; response_format?: string };
  const model = body.model ?? 'dall-e-2';
  if (!body.prompt) return refuse(response, "'prompt' is required", 'prompt');
  const size = body.size ?? '1024x1024';
  const allowed = IMAGE_SIZES[model];
  if (allowed && !allowed.includes(size)) return refuse(response, `Invalid size '${size}' for ${model}. Supported sizes are ${allowed.join(', ')}.`, 'size');
  if (model === 'dall-e-3' && (body.n ?? 1) !== 1) return refuse(response, 'dall-e-3 only supports n=1', 'n');
  if (model === 'dall-e-3' && body.response_format !== 'b64_json') return refuse(response, 'fake: ask dall-e-3 for b64_json', 'response_format');
  const [width, height] = size === 'auto' ? [1024, 1024] : size.split('x').map(Number);
  const png = fake.imageAnswer?.(request.body) ?? picture(body.prompt.length % 6, width, height);
  response.json({ created: Math.floor(Date.now() / 1000), data: [{ b64_json: Buffer.from(png).toString('base64') }] });
}

export function answerSpeech(fake: FakeOpenAIServer, request: Request, response: Response): void {
  const body = request.body as { model?: string; input?: string; voice?: string; response_format?: string };
  if (!body.input) return refuse(response, "'input' is required", 'input');
  if (body.input.length > 4096) return refuse(response, `'input' is too long: ${body.input.length} characters; the most is 4096`, 'input');
  if (!body.voice || !OPENAI_VOICES.includes(body.voice)) return refuse(response, `Invalid voice '${body.voice}'. Supported voices are ${OPENAI_VOICES.join(', ')}.`, 'voice');
  if ((body.response_format ?? 'mp3') !== 'wav') return refuse(response, 'the fake speaks WAV only', 'response_format');
  const { wav, utterance } = fakeSpeech(body.input, fake.msPerWord);
  fake.recordings.set(fingerprint(wav), utterance);
  response.status(200).type('audio/wav').send(Buffer.from(wav));
}

export function answerTranscription(fake: FakeOpenAIServer, request: Request, response: Response): void {
  const file = (request as Request & { file?: { buffer: Buffer } }).file;
  const fields = request.body as Record<string, string | string[]>;
  if (!file) return refuse(response, "'file' is required", 'file');
  if (!fields.model) return refuse(response, "'model' is required", 'model');
  const known = fake.recordings.get(fingerprint(new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength))) ?? fake.unknownRecording ?? undefined;
  const duration = known?.durationSeconds ?? wavSeconds(file.buffer);
  const text = known?.text ?? '';
  if (fields.response_format !== 'verbose_json') return void response.json({ text });
  // multer reads "timestamp_granularities[]" as an array field.
  const granularities = [fields.timestamp_granularities ?? fields['timestamp_granularities[]'] ?? []].flat();
  response.json({
    task: 'transcribe',
    language: 'english',
    duration,
    text,
    ...(granularities.includes('word') ? { words: known?.words ?? [] } : {}),
    segments: text ? [{ id: 0, seek: 0, start: 0, end: duration, text, tokens: [], temperature: 0, avg_logprob: -0.2, compression_ratio: 1, no_speech_prob: 0.01 }] : [],
  });
}

// Encoding a large PNG takes a while; a test asks for the same few again and again.
const pictures = new Map<string, Uint8Array>();
function picture(colour: number, width: number, height: number): Uint8Array {
  const key = `${colour}:${width}x${height}`;
  if (!pictures.has(key)) pictures.set(key, colourPicture(colour, { width, height }));
  return pictures.get(key)!;
}

function wavSeconds(bytes: Buffer): number {
  try {
    return durationMs(decodeWav(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))) / 1000;
  } catch {
    return 0;
  }
}
