import { RenderError, StoryloomError, throwIfCancelled } from '../errors';
import type { Manifest, OutputFormat } from '../model';
import { rendererFor } from '../render/renderers';
import type { Renderer } from '../render/renderer';
import type { BookRun } from './book-run';
import { now } from './book-run';
import { StepFailure } from './step-failure';

/** The requested formats, each once, in the order asked. */
export function requestedFormats(manifest: Manifest, formats?: OutputFormat[]): OutputFormat[] {
  return [...new Set(formats ?? manifest.request.options.formats)];
}

/** Which of the requested formats can be rendered with these renderers, and which cannot. */
export function splitByRenderer(formats: OutputFormat[], renderers: Renderer[]): { renderable: OutputFormat[]; missing: OutputFormat[] } {
  return {
    renderable: formats.filter((format) => rendererFor(format, renderers)),
    missing: formats.filter((format) => !rendererFor(format, renderers)),
  };
}

export function missingRendererWarning(format: OutputFormat): string {
  return `${format} was requested but no ${format} renderer is installed yet, so it was skipped`;
}

/**
 * Renders each requested format in turn (they are CPU-heavy; one at a time keeps the machine
 * responsive) and records its files. A format with no renderer is a warning, not a failure.
 * `redo` renders formats already recorded again (storyloom render); makeBook leaves them.
 */
export async function renderStep(run: BookRun, options: { formats?: OutputFormat[]; redo: boolean }): Promise<void> {
  const formats = requestedFormats(run.recorder.current, options.formats);
  const { renderable, missing } = splitByRenderer(formats, run.renderers);
  const fresh = missing.map(missingRendererWarning).filter((warning) => !run.recorder.current.warnings.includes(warning));
  if (fresh.length > 0) await run.recorder.record((book) => void book.warnings.push(...fresh));
  for (const format of renderable) {
    if (!options.redo && run.recorder.current.outputs[format]) {
      run.progress.rendering(format, 100);
      continue;
    }
    throwIfCancelled(run.signal);
    await run.recorder.flush();
    const renderer = rendererFor(format, run.renderers)!;
    let result;
    try {
      result = await renderer.render({
        folder: run.folder,
        manifest: run.recorder.current,
        signal: run.signal,
        onProgress: (percent) => {
          run.progress.rendering(format, percent);
          run.emit({ type: 'render:progress', format, percent });
        },
      });
    } catch (error) {
      const original = StoryloomError.isInstance(error) ? error : new RenderError(format, `could not render ${format}: ${(error as Error)?.message ?? String(error)}`, { cause: error });
      // The render error already says which format; the book's error repeats it as it is.
      throw new StepFailure(original, { what: '', scene: null, provider: null });
    }
    await run.recorder.record((book) => {
      book.outputs[format] = { files: result.files, renderedAt: now(), warnings: result.warnings };
    });
    run.progress.rendering(format, 100);
    run.emit({ type: 'render:done', format, files: result.files });
  }
}
