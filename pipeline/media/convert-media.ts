import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runFfmpeg } from '../render/video/run-ffmpeg';
import { toPngArguments, toWavArguments } from './convert-arguments';

/**
 * Runs one ffmpeg conversion on bytes, through a private temporary folder that is always removed.
 * Errors are ffmpeg's (RenderError) or CancelledError; callers say what the bytes were.
 */
async function convert(input: Uint8Array, inputName: string, outputName: string, args: (input: string, output: string) => string[], signal?: AbortSignal): Promise<Uint8Array> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'storyloom-convert-'));
  try {
    const source = path.join(folder, inputName);
    const target = path.join(folder, outputName);
    await fs.writeFile(source, input);
    await runFfmpeg(args(source, target), { signal, format: 'audio' });
    return new Uint8Array(await fs.readFile(target));
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}

export function convertToWav(audio: Uint8Array, extension: string, format: { sampleRate: number; channels: number }, signal?: AbortSignal): Promise<Uint8Array> {
  return convert(audio, `input.${extension}`, 'output.wav', (input, output) => toWavArguments(input, output, format), signal);
}

export function convertToPng(image: Uint8Array, signal?: AbortSignal): Promise<Uint8Array> {
  return convert(image, 'input.bin', 'output.png', toPngArguments, signal);
}
