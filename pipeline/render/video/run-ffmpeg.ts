import { execFile, spawn } from 'node:child_process';
import { CancelledError, RenderError } from '../../errors';
import { ProgressReader, progressPercent } from './ffmpeg-progress';
import { locateFfmpeg } from './locate-ffmpeg';
import { firstReason, StderrTail } from './stderr-tail';

/**
 * The one module that starts ffmpeg. It spawns the binary directly with argument lists built by
 * pure functions: fluent-ffmpeg (unmaintained) rebuilds its own argument order from a fluent API,
 * which cannot express per-input options, multi-input filter graphs and stream maps as exactly.
 */
export interface RunFfmpegOptions {
  /** Defaults to locateFfmpeg(). */
  ffmpegPath?: string;
  signal?: AbortSignal;
  /** 0–100; needs `durationMs`, the length of the output being made. */
  onProgress?: (percent: number) => void;
  durationMs?: number;
  /** The output format named in a RenderError. */
  format?: string;
}

/** Options every run gets: quiet banner, no keyboard, errors only on stderr, progress on stdout. */
const RUN_PREFIX = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-progress', 'pipe:1', '-nostats'];

export function runFfmpeg(args: string[], options: RunFfmpegOptions = {}): Promise<void> {
  const format = options.format ?? 'mp4';
  if (options.signal?.aborted) return Promise.reject(new CancelledError());
  const binary = options.ffmpegPath ?? locateFfmpeg();
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [...RUN_PREFIX, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr = new StderrTail();
    const reader = new ProgressReader();
    let lastPercent = -1;
    let cancelled = false;

    const onAbort = () => {
      cancelled = true;
      // SIGKILL, not SIGTERM: ffmpeg answers SIGTERM by finishing the file, which can take seconds.
      child.kill('SIGKILL');
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (!options.onProgress || !options.durationMs) return;
      for (const position of reader.push(chunk)) {
        const percent = progressPercent(position, options.durationMs);
        if (percent > lastPercent) options.onProgress((lastPercent = percent));
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => stderr.push(chunk));

    child.on('error', (error) => {
      options.signal?.removeEventListener('abort', onAbort);
      reject(new RenderError(format, `could not start ffmpeg (${binary}): ${error.message}`, { cause: error }));
    });
    child.on('close', (code, signal) => {
      options.signal?.removeEventListener('abort', onAbort);
      const details = stderr.lines();
      if (cancelled) return reject(new CancelledError());
      if (code === 0) {
        options.onProgress?.(100);
        return resolve();
      }
      const how = code === null ? `was stopped by ${signal}` : `failed with exit code ${code}`;
      const reason = firstReason(details);
      reject(new RenderError(format, `ffmpeg ${how}${reason ? `: ${reason}` : ''}`, { details }));
    });
  });
}

/** Runs ffmpeg for a listing (`-filters`, `-version`, …) and returns what it printed on stdout. */
export function readFfmpegOutput(binary: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(binary, ['-hide_banner', ...args], { timeout: 15_000, maxBuffer: 8 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(new RenderError('mp4', `could not run ffmpeg (${binary}) ${args.join(' ')}: ${error.message}`, { cause: error }));
      else resolve(stdout);
    });
  });
}
