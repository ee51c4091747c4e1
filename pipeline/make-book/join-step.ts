import { throwIfCancelled } from '../errors';
import type { BookRun } from './book-run';
import { now } from './book-run';
import { joinNarrationFile } from './join-narration-file';

export const NARRATION_FILE = 'narration.wav';

/** Joins every scene's narration, in order, into narration.wav and records each scene's offset. */
export async function joinStep(run: BookRun): Promise<void> {
  const manifest = run.recorder.current;
  if (manifest.steps.narration) {
    run.progress.joined();
    return;
  }
  throwIfCancelled(run.signal);
  const clips = manifest.steps.scenes.map((steps) => ({ file: steps.narration!.file, mimeType: steps.narration!.mimeType }));
  const joined = await joinNarrationFile(run.folder, clips, NARRATION_FILE);
  await run.recorder.record((book) => {
    book.steps.narration = { file: NARRATION_FILE, mimeType: 'audio/wav', durationMs: joined.durationMs, sceneOffsetsMs: joined.sceneOffsetsMs, finishedAt: now() };
  });
  run.progress.joined();
  run.emit({ type: 'narration:joined', file: NARRATION_FILE, durationMs: joined.durationMs });
}
