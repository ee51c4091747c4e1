import type { BookFolder } from '../book-folder';
import { BadInputError } from '../errors';
import type { Manifest, OutputFormat, ProgressEvent, ProgressListener } from '../model';
import type { ProviderSet } from '../providers/provider-set';
import type { Renderer } from '../render/renderer';
import { ManifestRecorder } from './manifest-recorder';
import { ProgressTracker } from './progress-tracker';

/** Everything one makeBook or renderBook run needs, resolved once. */
export interface BookRun {
  folder: BookFolder;
  providers: ProviderSet | null;
  renderers: Renderer[];
  concurrency: number;
  signal?: AbortSignal;
  recorder: ManifestRecorder;
  progress: ProgressTracker;
  emit(event: DistributiveOmit<ProgressEvent, 'overall'>): void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface RunSettings {
  providers: ProviderSet | null;
  renderers: Renderer[];
  concurrency: number;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
  /** The formats this run will render; the progress weights depend on them. */
  renderFormats: (manifest: Manifest) => OutputFormat[];
  hasStoryStep: (manifest: Manifest) => boolean;
}

export async function openRun(folder: BookFolder, settings: RunSettings): Promise<BookRun> {
  if (!Number.isInteger(settings.concurrency) || settings.concurrency < 1) {
    throw new BadInputError(`concurrency must be a whole number of at least 1, not ${settings.concurrency}`);
  }
  const manifest = await folder.read();
  const recorder = new ManifestRecorder(folder, manifest);
  const progress = new ProgressTracker({ hasStoryStep: settings.hasStoryStep(manifest), renderFormats: settings.renderFormats(manifest) });
  const listener = settings.onProgress;
  return {
    folder,
    providers: settings.providers,
    renderers: settings.renderers,
    concurrency: settings.concurrency,
    signal: settings.signal,
    recorder,
    progress,
    emit(event) {
      if (!listener) return;
      // A watcher's bug must never break the book it watches.
      try {
        listener({ ...event, overall: progress.overall() } as ProgressEvent);
      } catch {
        /* ignored on purpose */
      }
    },
  };
}

/** The current time, as every step record stores it. */
export function now(): string {
  return new Date().toISOString();
}
