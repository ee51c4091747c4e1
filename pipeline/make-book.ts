import type { BookFolder } from './book-folder';
import { BadInputError } from './errors';
import type { Manifest, OutputFormat, ProgressListener } from './model';
import type { ProviderSet } from './providers/provider-set';
import type { Renderer } from './render/renderer';
import { defaultRenderers } from './render/renderers';
import { openRun, type BookRun } from './make-book/book-run';
import { joinStep } from './make-book/join-step';
import { linkedSignal } from './make-book/linked-signal';
import { planStep } from './make-book/plan-step';
import { renderStep, requestedFormats, splitByRenderer } from './make-book/render-step';
import { sceneSteps } from './make-book/scene-steps';
import { StepFailure } from './make-book/step-failure';
import { stopRun } from './make-book/stop-run';
import { needsStoryStep, storyStep } from './make-book/story-step';

export interface MakeBookOptions {
  providers: ProviderSet;
  /** Default: defaultRenderers(). */
  renderers?: Renderer[];
  /** Scenes in flight at once, each drawing and narrating together. Default 4. */
  concurrency?: number;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
}

/**
 * Makes the book in `folder`, whose manifest already holds the request: story, plan, pictures and
 * narrations, joined narration, then the requested formats. Every finished step is recorded in
 * book.json and never redone, so calling this again on a failed or cancelled folder finishes it.
 */
export async function makeBook(folder: BookFolder, options: MakeBookOptions): Promise<Manifest> {
  const renderers = options.renderers ?? defaultRenderers();
  const linked = linkedSignal(options.signal);
  try {
    return await makeBookWith(folder, options, renderers, linked.signal);
  } finally {
    linked.dispose();
  }
}

async function makeBookWith(folder: BookFolder, options: MakeBookOptions, renderers: Renderer[], signal: AbortSignal): Promise<Manifest> {
  const run = await openRun(folder, {
    providers: options.providers,
    renderers,
    concurrency: options.concurrency ?? 4,
    onProgress: options.onProgress,
    signal,
    hasStoryStep: (manifest) => needsStoryStep(manifest) && !manifest.steps.story,
    renderFormats: (manifest) => splitByRenderer(requestedFormats(manifest), renderers).renderable,
  });
  try {
    await run.recorder.record((book) => {
      book.status = 'running';
      book.error = null;
    });
    run.emit({ type: 'book:started' });
    await storyStep(run);
    await planStep(run);
    await sceneSteps(run);
    await joinStep(run);
    await renderStep(run, { redo: false });
    await run.recorder.record((book) => void (book.status = 'ready'));
    await run.recorder.flush();
    run.emit({ type: 'book:ready', outputs: outputFiles(run.recorder.current) });
    return run.recorder.current;
  } catch (error) {
    throw await stopRun(run, error);
  }
}

export interface RenderBookOptions {
  /** Default: the formats the book was requested with. */
  formats?: OutputFormat[];
  renderers?: Renderer[];
  onProgress?: ProgressListener;
  signal?: AbortSignal;
}

/** Renders a finished book folder again, from its files alone: no provider is called. */
export async function renderBook(folder: BookFolder, options: RenderBookOptions = {}): Promise<Manifest> {
  const renderers = options.renderers ?? defaultRenderers();
  const run: BookRun = await openRun(folder, {
    providers: null,
    renderers,
    concurrency: 1,
    onProgress: options.onProgress,
    signal: options.signal,
    hasStoryStep: () => false,
    renderFormats: (manifest) => splitByRenderer(requestedFormats(manifest, options.formats), renderers).renderable,
  });
  assertFinished(run.recorder.current);
  run.progress.planned(run.recorder.current.scenes.length);
  run.recorder.current.scenes.forEach((scene) => {
    run.progress.scenePartDone(scene.index, 'picture');
    run.progress.scenePartDone(scene.index, 'narration');
  });
  run.progress.joined();
  try {
    await renderStep(run, { formats: options.formats, redo: true });
    await run.recorder.flush();
  } catch (error) {
    await run.recorder.flush().catch(() => undefined);
    throw error instanceof StepFailure ? error.original : error;
  }
  run.emit({ type: 'book:ready', outputs: outputFiles(run.recorder.current) });
  return run.recorder.current;
}

/** Renderers need every picture, every narration and the joined narration. */
function assertFinished(manifest: Manifest): void {
  const unfinished = (detail: string) => new BadInputError(`the book "${manifest.title ?? manifest.id}" is not finished (${detail}); make it first, then render it`);
  if (!manifest.steps.plan || manifest.scenes.length === 0) throw unfinished('it has no scenes yet');
  const missing = manifest.steps.scenes.findIndex((steps) => !steps.picture || !steps.narration);
  if (missing >= 0) throw unfinished(`scene ${missing + 1} has no ${manifest.steps.scenes[missing].picture ? 'narration' : 'picture'} yet`);
  if (!manifest.steps.narration) throw unfinished('its narration is not joined yet');
}

function outputFiles(manifest: Manifest): Partial<Record<OutputFormat, string[]>> {
  return Object.fromEntries(Object.entries(manifest.outputs).map(([format, record]) => [format, record!.files]));
}
