import { evenTimings } from '../../providers/testing/synthetic-media';
import type { TimelineScene, VideoTimeline } from './video-timeline';

/** A timeline for builder tests: scenes one after another with even word timings, nothing on disk. */
export function sampleTimeline(texts: string[], options: { msPerWord?: number; picture?: { width: number; height: number } } = {}): VideoTimeline {
  let startMs = 0;
  const scenes = texts.map((text, index): TimelineScene => {
    const { words, sentences, durationMs } = evenTimings(text, options.msPerWord ?? 300);
    const scene = {
      index,
      text,
      picture: `/book/scenes/${String(index + 1).padStart(2, '0')}.png`,
      pictureMimeType: 'image/png',
      pictureWidth: options.picture?.width ?? 1024,
      pictureHeight: options.picture?.height ?? 1024,
      startMs,
      durationMs,
      words,
      sentences,
    };
    startMs += durationMs;
    return scene;
  });
  return { title: 'The Fox', language: 'en', narration: '/book/narration.wav', totalMs: startMs, scenes };
}
