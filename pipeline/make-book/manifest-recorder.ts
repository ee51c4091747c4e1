import type { BookFolder } from '../book-folder';
import type { Manifest } from '../model';

export type ManifestChange = (manifest: Manifest) => void;

/**
 * Records steps in book.json without one full read-validate-write per record. A change applies
 * to the in-memory manifest at once (so the run sees it) and joins the next write; while one
 * write is on disk, every change that arrives waits for a single following write. A 200-scene
 * book therefore costs a few dozen manifest writes, not 400. Changes are plain assignments, so
 * applying them again on top of what is on disk (folder.update keeps others' edits) is safe.
 */
export class ManifestRecorder {
  private pending: ManifestChange[] = [];
  private writing: Promise<void> | null = null;
  /** How many times book.json was written; tests and benchmarks read it. */
  writes = 0;

  constructor(private readonly folder: BookFolder, public current: Manifest) {}

  /** Applies a change now and resolves once it is on disk. */
  record(change: ManifestChange): Promise<void> {
    change(this.current);
    this.pending.push(change);
    return this.schedule();
  }

  /** Resolves when everything recorded so far is on disk. */
  async flush(): Promise<void> {
    while (this.writing || this.pending.length > 0) await this.schedule();
  }

  private schedule(): Promise<void> {
    if (this.writing) {
      // Wait for the write on disk now, then for the one that will carry this change (even if
      // the one on disk now fails: its batch is put back and tried again with this one).
      const next = () => this.schedule();
      return this.writing.then(next, next);
    }
    if (this.pending.length === 0) return Promise.resolve();
    const batch = this.pending;
    this.pending = [];
    this.writing = (async () => {
      try {
        const written = await this.folder.update((onDisk) => {
          for (const change of batch) change(onDisk);
        });
        this.writes++;
        // Changes made while this write was on disk are still to come; keep them in view.
        for (const change of this.pending) change(written);
        this.current = written;
      } catch (error) {
        // A failed write loses nothing in memory; put the batch back for the next attempt.
        this.pending = [...batch, ...this.pending];
        throw error;
      } finally {
        this.writing = null;
      }
    })();
    return this.writing;
  }
}
