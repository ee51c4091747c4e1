import { CancelledError, ProviderError } from '../errors';
import { NarrationRecordSchema, PictureRecordSchema, type NarrationRecord, type PictureRecord } from '../model';
import type { BookRun } from './book-run';
import { now } from './book-run';
import { narratorFor } from '../recording/recording-narrator';
import { runInOrder } from './run-in-order';
import { sceneFile } from './scene-files';
import { StepFailure, tagFailure } from './step-failure';
import { untilAborted } from './until-aborted';

/**
 * Illustrates and narrates every scene not yet recorded. Up to `concurrency` scenes are in
 * flight, each drawing and speaking at the same time, started in reading order so the first pages
 * are ready first. Each file is written and recorded the moment it is done. After a failure or a
 * cancel nothing new starts, the scenes in flight finish (what they paid for is kept), and the
 * first failure is thrown.
 */
export async function sceneSteps(run: BookRun): Promise<void> {
  const manifest = run.recorder.current;
  manifest.steps.scenes.forEach((steps, index) => {
    if (steps.picture) run.progress.scenePartDone(index, 'picture');
    if (steps.narration) run.progress.scenePartDone(index, 'narration');
  });
  const todo = manifest.scenes.map((scene) => scene.index).filter((index) => {
    const steps = manifest.steps.scenes[index];
    return !steps.picture || !steps.narration;
  });
  let failed = false;
  const outcomes = await runInOrder(todo.length, run.concurrency, async (position) => {
    const index = todo[position];
    const parts = [pictureStep(run, index), narrationStep(run, index)];
    const results = await Promise.allSettled(parts);
    const rejection = results.find((result) => result.status === 'rejected');
    if (rejection) {
      failed = true;
      throw (rejection as PromiseRejectedResult).reason;
    }
  }, () => failed || run.signal?.aborted === true);
  if (run.signal?.aborted) throw new CancelledError();
  const failures = outcomes.filter((outcome) => !outcome.ok).sort((a, b) => a.index - b.index);
  const firstReal = failures.find((outcome) => !outcome.ok && !CancelledError.isInstance(unwrap(outcome.error)));
  const first = firstReal ?? failures[0];
  if (first && !first.ok) throw first.error;
}

function unwrap(error: unknown): unknown {
  return error instanceof StepFailure ? error.original : error;
}

async function pictureStep(run: BookRun, index: number): Promise<void> {
  const manifest = run.recorder.current;
  if (manifest.steps.scenes[index].picture) return;
  const illustrator = run.providers!.illustrator;
  const { options } = manifest.request;
  const scene = manifest.scenes[index];
  const context = { what: `drawing scene ${index + 1}`, scene: index, provider: illustrator.provider };
  const record = await tagFailure(context, async () => {
    const picture = await untilAborted(illustrator.illustrate({ scene, bible: manifest.bible, style: options.style, size: options.size, seed: options.seed, signal: run.signal }), run.signal);
    const file = sceneFile(index, manifest.scenes.length, picture.mimeType);
    const candidate: PictureRecord = { provider: illustrator.provider, model: illustrator.model, warnings: picture.warnings, finishedAt: now(), file, mimeType: picture.mimeType, width: picture.width, height: picture.height, drawn: picture.drawn };
    const checked = PictureRecordSchema.safeParse(candidate);
    if (!checked.success) throw invalid(illustrator.provider, 'picture', checked.error.issues[0]);
    if (run.signal?.aborted) throw new CancelledError();
    await run.folder.writeFile(file, picture.image);
    return checked.data;
  });
  await run.recorder.record((book) => {
    book.steps.scenes[index].picture = record;
  });
  run.progress.scenePartDone(index, 'picture');
  run.emit({ type: 'scene:illustrated', index, file: record.file, width: record.width, height: record.height });
}

async function narrationStep(run: BookRun, index: number): Promise<void> {
  const manifest = run.recorder.current;
  if (manifest.steps.scenes[index].narration) return;
  // A recorded story's narration is cut from the recording, not spoken by a narrator.
  const narrator = narratorFor(run, index);
  const { options } = manifest.request;
  const scene = manifest.scenes[index];
  const context = { what: `narrating scene ${index + 1}`, scene: index, provider: narrator.provider };
  const record = await tagFailure(context, async () => {
    const narration = await untilAborted(narrator.narrate({ text: scene.text, language: manifest.language, voice: options.voice, rate: options.rate, signal: run.signal }), run.signal);
    const file = sceneFile(index, manifest.scenes.length, narration.mimeType);
    const candidate: NarrationRecord = { provider: narrator.provider, model: narrator.model, warnings: narration.warnings, finishedAt: now(), file, mimeType: narration.mimeType, durationMs: narration.durationMs, words: narration.words, sentences: narration.sentences };
    const checked = NarrationRecordSchema.safeParse(candidate);
    if (!checked.success) throw invalid(narrator.provider, 'narration', checked.error.issues[0]);
    if (run.signal?.aborted) throw new CancelledError();
    await run.folder.writeFile(file, narration.audio);
    return checked.data;
  });
  await run.recorder.record((book) => {
    book.steps.scenes[index].narration = record;
  });
  run.progress.scenePartDone(index, 'narration');
  run.emit({ type: 'scene:narrated', index, file: record.file, durationMs: record.durationMs });
}

function invalid(provider: string, what: string, issue: { path: PropertyKey[]; message: string }): ProviderError {
  return new ProviderError({ provider, retryable: false, message: `${provider} returned an invalid ${what}: ${issue.path.map(String).join('.')}: ${issue.message}` });
}
