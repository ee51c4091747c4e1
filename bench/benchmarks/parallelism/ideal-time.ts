/**
 * What a perfect scheduler could do with providers that take a fixed time per call. The issue's
 * ideal: the calls' total time spread over the configured concurrency, but never less than the
 * slowest scene. makeBook runs each scene's picture and narration side by side, so it can beat
 * that figure; the best its schedule can do (every lane busy with scenes back to back, each as
 * long as its slower call) is given too, to show what the schedule itself costs.
 */
export interface SlowProviderBook {
  scenes: number;
  pictureMs: number;
  narrationMs: number;
  scenesAtOnce: number;
}

export interface IdealTime {
  totalCallMs: number;
  slowestSceneMs: number;
  idealMs: number;
  bestScheduleMs: number;
}

export function idealWallTime(book: SlowProviderBook): IdealTime {
  const totalCallMs = book.scenes * (book.pictureMs + book.narrationMs);
  const slowestSceneMs = Math.max(book.pictureMs, book.narrationMs);
  const lanes = Math.max(1, Math.min(book.scenesAtOnce, book.scenes));
  return {
    totalCallMs,
    slowestSceneMs,
    idealMs: Math.max(totalCallMs / book.scenesAtOnce, slowestSceneMs),
    bestScheduleMs: Math.ceil(book.scenes / lanes) * slowestSceneMs,
  };
}

/** The first page must not wait for the whole book: two of the slowest call, at most. */
export function firstSceneLimitMs(book: SlowProviderBook): number {
  return 2 * Math.max(book.pictureMs, book.narrationMs);
}

export interface ScenePartEvent {
  type: 'scene:illustrated' | 'scene:narrated';
  index: number;
  /** Milliseconds since the book was started. */
  atMs: number;
}

/** When the first scene (any scene) had both its picture and its narration; null if none did. */
export function firstCompleteSceneMs(events: readonly ScenePartEvent[]): number | null {
  const parts = new Map<number, Set<ScenePartEvent['type']>>();
  for (const event of [...events].sort((a, b) => a.atMs - b.atMs)) {
    const seen = parts.get(event.index) ?? new Set();
    seen.add(event.type);
    parts.set(event.index, seen);
    if (seen.size === 2) return event.atMs;
  }
  return null;
}
