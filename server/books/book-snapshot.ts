import type { Manifest, OutputFormat } from '../../pipeline/model';
import type { BookSnapshot } from '../../web/shared/book-events';
import { bookDownloadUrl, bookFileUrl } from '../../web/shared/book-urls';
import { DOWNLOADS } from '../../web/shared/downloads';

/** The browser's view of a book. `live` is what the progress hub last heard, when it has. */
export function bookSnapshot(manifest: Manifest, live?: { overall: number; step: string }): BookSnapshot {
  const url = (file: string) => bookFileUrl(manifest.id, file);
  const outputs: BookSnapshot['outputs'] = {};
  for (const [format, record] of Object.entries(manifest.outputs) as [OutputFormat, { files: string[] }][]) outputs[format] = record.files.map(url);
  const estimate = estimateProgress(manifest);
  // A finished book's own record wins over a stale live figure from before it finished.
  const progress = manifest.status === 'running' && live ? live : estimate;
  return {
    id: manifest.id,
    title: manifest.title,
    language: manifest.language,
    status: manifest.status,
    error: manifest.error,
    createdAt: manifest.createdAt,
    updatedAt: manifest.updatedAt,
    formats: manifest.request.options.formats,
    overall: progress.overall,
    step: progress.step,
    scenes: manifest.scenes.map((scene, index) => {
      const steps = manifest.steps.scenes[index];
      return {
        index: scene.index,
        text: scene.text,
        description: scene.description,
        pictureUrl: steps?.picture ? url(steps.picture.file) : null,
        audioUrl: steps?.narration ? url(steps.narration.file) : null,
        durationMs: steps?.narration?.durationMs ?? null,
        words: (steps?.narration?.words ?? []).map(({ start, end, startMs, endMs }) => ({ start, end, startMs, endMs })),
      };
    }),
    outputs,
    downloads: manifest.status === 'ready' ? DOWNLOADS.filter((download) => manifest.outputs[download.format]).map((download) => ({ format: download.format, label: download.label, url: bookDownloadUrl(manifest.id, download.name) })) : [],
    warnings: manifest.warnings,
  };
}

/**
 * A progress figure from the manifest alone, for books this server run has not watched (after a
 * restart, or in the library). Weights follow where the time goes: pictures and narration.
 */
export function estimateProgress(manifest: Manifest): { overall: number; step: string } {
  switch (manifest.status) {
    case 'ready':
      return { overall: 100, step: 'Ready' };
    case 'failed':
      return { overall: madeSoFar(manifest), step: `Failed: ${manifest.error?.message ?? 'unknown error'}` };
    case 'cancelled':
      return { overall: madeSoFar(manifest), step: 'Cancelled' };
    case 'queued':
      return { overall: madeSoFar(manifest), step: 'Waiting to start' };
  }
  const made = madeSoFar(manifest);
  if (!manifest.steps.plan) return { overall: made, step: 'Planning the pages' };
  const done = manifest.steps.scenes.filter((steps) => steps.picture).length + manifest.steps.scenes.filter((steps) => steps.narration).length;
  const parts = 2 * Math.max(1, manifest.scenes.length);
  return { overall: made, step: done < parts ? `Drawing and narrating (${done} of ${parts} done)` : 'Making the books' };
}

/** How much of the book exists, 0–100, whatever its status. */
function madeSoFar(manifest: Manifest): number {
  if (!manifest.steps.plan) return 0;
  const scenes = manifest.steps.scenes;
  const total = Math.max(1, manifest.scenes.length);
  const made = scenes.filter((steps) => steps.picture).length + scenes.filter((steps) => steps.narration).length;
  const formats = manifest.request.options.formats;
  const rendered = formats.filter((format) => manifest.outputs[format]).length;
  return Math.round(10 + 70 * (made / (2 * total)) + (manifest.steps.narration ? 5 : 0) + 15 * (rendered / Math.max(1, formats.length)));
}
