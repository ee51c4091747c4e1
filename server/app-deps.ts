import type { BookStore } from '../pipeline/book-store';
import type { JobRunner } from './jobs/job-runner';
import type { OptionsCatalog } from './options/options-catalog';
import type { ProgressHub } from './progress/progress-hub';

/** Everything the HTTP app uses, passed in so tests can run it in process with their own parts. */
export interface AppDeps {
  store: BookStore;
  jobs: JobRunner;
  hub: ProgressHub;
  catalog: OptionsCatalog;
  /** The built browser app (index.html, app.js, app.css); null serves a note instead. */
  webRoot?: string | null;
  /** The largest JSON body accepted, in bytes. */
  bodyLimitBytes?: number;
  /** The largest recorded narration accepted, in bytes (default 50 MB). */
  recordingLimitBytes?: number;
  log?: (line: string) => void;
}
