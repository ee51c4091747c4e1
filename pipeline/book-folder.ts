import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BadInputError, StoryloomError } from './errors';
import { ManifestSchema, type Manifest } from './model';

export const MANIFEST_FILE = 'book.json';

/** A manifest that exists but cannot be read back: names the file, never crashes the caller. */
export class CorruptManifestError extends StoryloomError {
  constructor(readonly file: string, reason: string) {
    super('corrupt_manifest', `${file} is not a valid book manifest: ${reason}`);
  }
}

/**
 * One book's folder: book.json plus the files it names. Manifest writes are atomic (temp file,
 * then rename) and serialized, so a crash leaves either the old or the new manifest, never half.
 */
export class BookFolder {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly dir: string) {}

  get manifestPath(): string {
    return path.join(this.dir, MANIFEST_FILE);
  }

  async exists(): Promise<boolean> {
    return fs.access(this.manifestPath).then(() => true, () => false);
  }

  async read(): Promise<Manifest> {
    let raw: string;
    try {
      raw = await fs.readFile(this.manifestPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CorruptManifestError(this.manifestPath, 'the file does not exist');
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new CorruptManifestError(this.manifestPath, 'it is not JSON');
    }
    const parsed = ManifestSchema.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new CorruptManifestError(this.manifestPath, `${first.path.join('.') || '(root)'}: ${first.message}`);
    }
    return parsed.data;
  }

  /** Writes the manifest as given (validated first). */
  async write(manifest: Manifest): Promise<Manifest> {
    return this.serialize(() => this.writeNow(manifest));
  }

  /**
   * Reads, applies `change`, and writes, one update at a time, so concurrent scene steps never
   * overwrite each other's records.
   */
  async update(change: (manifest: Manifest) => void | Manifest): Promise<Manifest> {
    return this.serialize(async () => {
      const current = await this.read();
      const next = change(current) ?? current;
      return this.writeNow(next);
    });
  }

  /** An absolute path for a file the manifest names; refuses anything that leaves the folder. */
  resolve(relativePath: string): string {
    const resolved = path.resolve(this.dir, relativePath);
    const root = path.resolve(this.dir);
    if (relativePath.includes('\0') || (resolved !== root && !resolved.startsWith(root + path.sep))) {
      throw new BadInputError(`"${relativePath}" is outside the book folder`, undefined, 'bad_path');
    }
    return resolved;
  }

  /** Writes a file into the folder atomically (temp + rename), creating subfolders. */
  async writeFile(relativePath: string, data: Uint8Array | string): Promise<string> {
    const target = this.resolve(relativePath);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, target);
    return target;
  }

  private async writeNow(manifest: Manifest): Promise<Manifest> {
    const checked = ManifestSchema.parse({ ...manifest, updatedAt: new Date().toISOString() });
    await this.writeFile(MANIFEST_FILE, JSON.stringify(checked, null, 2) + '\n');
    return checked;
  }

  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
