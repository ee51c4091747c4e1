import type { Pause } from './estimate-word-timings';

/**
 * Finding silence in eSpeak's output, which is synthetic: between words it is near-exact zero, so
 * a low fixed threshold separates speech from silence. Pure functions on samples.
 */
// About -42 dBFS: quieter than any voiced sound eSpeak makes, louder than its dither.
export const SILENCE_THRESHOLD = 260;
const FRAME_MS = 5;

export interface TrimOptions {
  threshold?: number;
  /** Kept before the first loud sample, so a soft onset ("h", "f") is not clipped. */
  leadMs?: number;
  /** Kept after the last loud sample, so the decay of the last sound rings out. */
  tailMs?: number;
}

/** The [start, end) sample range of a clip without its leading and trailing silence; empty if silent. */
export function trimSilence(samples: Int16Array, sampleRate: number, options: TrimOptions = {}): { start: number; end: number } {
  const threshold = options.threshold ?? SILENCE_THRESHOLD;
  let first = 0;
  while (first < samples.length && Math.abs(samples[first]) <= threshold) first++;
  if (first === samples.length) return { start: 0, end: 0 };
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last]) <= threshold) last--;
  const lead = Math.round((sampleRate * (options.leadMs ?? 15)) / 1000);
  const tail = Math.round((sampleRate * (options.tailMs ?? 40)) / 1000);
  return { start: Math.max(0, first - lead), end: Math.min(samples.length, last + 1 + tail) };
}

/** Silent stretches of at least `minimumMs`, in milliseconds from the clip's start. */
export function findPauses(samples: Int16Array, sampleRate: number, minimumMs: number, threshold = SILENCE_THRESHOLD): Pause[] {
  const frame = Math.max(1, Math.round((sampleRate * FRAME_MS) / 1000));
  const pauses: Pause[] = [];
  let silentFrom: number | null = null;
  const close = (until: number) => {
    if (silentFrom !== null && ((until - silentFrom) * 1000) / sampleRate >= minimumMs) {
      pauses.push({ startMs: (silentFrom * 1000) / sampleRate, endMs: (until * 1000) / sampleRate });
    }
    silentFrom = null;
  };
  for (let position = 0; position < samples.length; position += frame) {
    const end = Math.min(samples.length, position + frame);
    let loud = false;
    for (let index = position; index < end && !loud; index++) loud = Math.abs(samples[index]) > threshold;
    if (loud) close(position);
    else silentFrom ??= position;
  }
  close(samples.length);
  return pauses;
}
