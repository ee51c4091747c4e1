import { RenderError } from '../../errors';
import type { Manifest, SentenceTiming, WordTiming } from '../../model';

/** One scene as the video sees it: its picture, where its narration starts and how long it lasts. */
export interface TimelineScene {
  index: number;
  text: string;
  picture: string;
  pictureMimeType: string;
  pictureWidth: number;
  pictureHeight: number;
  startMs: number;
  durationMs: number;
  words: WordTiming[];
  sentences: SentenceTiming[];
}

export interface VideoTimeline {
  title: string;
  language: string;
  narration: string;
  totalMs: number;
  scenes: TimelineScene[];
}

/**
 * Reads from the manifest everything the video needs, with absolute paths. Scene starts come from
 * the joined narration's offsets, so each picture stays up exactly while its narration plays.
 */
export function videoTimeline(manifest: Manifest, resolve: (relativePath: string) => string): VideoTimeline {
  const joined = manifest.steps.narration;
  if (!joined) throw new RenderError('mp4', 'the book has no joined narration yet, so there is nothing to put under the pictures');
  if (manifest.scenes.length === 0) throw new RenderError('mp4', 'the book has no scenes');
  if (joined.sceneOffsetsMs.length !== manifest.scenes.length) {
    throw new RenderError('mp4', `the joined narration has ${joined.sceneOffsetsMs.length} scene starts for ${manifest.scenes.length} scenes`);
  }
  const scenes = manifest.scenes.map((scene, index): TimelineScene => {
    const steps = manifest.steps.scenes[index];
    if (!steps?.picture) throw new RenderError('mp4', `scene ${index + 1} has no picture yet`);
    if (!steps.narration) throw new RenderError('mp4', `scene ${index + 1} has no narration yet`);
    const startMs = joined.sceneOffsetsMs[index];
    const endMs = index + 1 < manifest.scenes.length ? joined.sceneOffsetsMs[index + 1] : joined.durationMs;
    if (endMs <= startMs) throw new RenderError('mp4', `scene ${index + 1} has no time in the narration (starts at ${startMs} ms, next starts at ${endMs} ms)`);
    return {
      index,
      text: scene.text,
      picture: resolve(steps.picture.file),
      pictureMimeType: steps.picture.mimeType,
      pictureWidth: steps.picture.width,
      pictureHeight: steps.picture.height,
      startMs,
      durationMs: endMs - startMs,
      words: steps.narration.words,
      sentences: steps.narration.sentences,
    };
  });
  return {
    title: manifest.title ?? 'Storybook',
    language: manifest.language,
    narration: resolve(joined.file),
    totalMs: joined.durationMs,
    scenes,
  };
}
