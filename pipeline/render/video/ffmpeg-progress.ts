/**
 * Reads ffmpeg's `-progress` output (key=value lines, a block every half second) as it arrives in
 * chunks, and reports how far the output has got in milliseconds. Chunks can split a line, so the
 * unfinished tail is kept for the next chunk.
 */
export class ProgressReader {
  private pending = '';

  /** Feeds a chunk; returns the output positions (ms) it completed, in order. */
  push(chunk: string): number[] {
    const text = this.pending + chunk;
    const lines = text.split('\n');
    this.pending = lines.pop() ?? '';
    const positions: number[] = [];
    for (const line of lines) {
      const position = outputPosition(line.trim());
      if (position !== null) positions.push(position);
    }
    return positions;
  }
}

/**
 * `out_time_us` and `out_time_ms` both hold microseconds (the second is misnamed and kept by
 * ffmpeg for old readers); `out_time` is "HH:MM:SS.micro". Any of them gives the position; "N/A"
 * and negative values (before the first frame) give nothing.
 */
export function outputPosition(line: string): number | null {
  const micro = /^out_time_(?:us|ms)=(-?\d+)$/.exec(line);
  if (micro) {
    const value = Number(micro[1]);
    return value >= 0 ? value / 1000 : null;
  }
  const clock = /^out_time=(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(line);
  if (clock) return (Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3])) * 1000;
  return null;
}

/** A position as a percentage of the expected duration, kept within 0–99 until ffmpeg exits. */
export function progressPercent(positionMs: number, durationMs: number): number {
  if (!(durationMs > 0)) return 0;
  return Math.min(99, Math.max(0, Math.floor((positionMs / durationMs) * 100)));
}
