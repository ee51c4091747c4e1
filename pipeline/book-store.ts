import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BookFolder, CorruptManifestError } from './book-folder';
import { assertBookId, isBookId, newBookId } from './book-id';
import { NotFoundError } from './errors';
import { MANIFEST_VERSION, BookRequestSchema, type BookRequestInput, type Manifest } from './model';

/** Book folders under `<dataDir>/books/<id>`. */
export class BookStore {
  readonly booksDir: string;
  private readonly folders = new Map<string, BookFolder>();

  constructor(readonly dataDir: string = './data') {
    this.booksDir = path.resolve(dataDir, 'books');
  }

  /** Makes a new folder with a fresh manifest (status "queued"). */
  async create(request: BookRequestInput, options: { id?: string; now?: Date } = {}): Promise<{ folder: BookFolder; manifest: Manifest }> {
    const id = options.id ? assertBookId(options.id) : newBookId();
    const folder = this.folder(id);
    await fs.mkdir(folder.dir, { recursive: true });
    const manifest = await folder.write(newManifest(id, request, options.now ?? new Date()));
    return { folder, manifest };
  }

  /** The folder of an existing book; NotFoundError if there is none. */
  async open(id: string): Promise<BookFolder> {
    const folder = this.folder(assertBookId(id));
    if (!(await folder.exists())) throw new NotFoundError(`there is no book with id ${id}`);
    return folder;
  }

  async read(id: string): Promise<Manifest> {
    return (await this.open(id)).read();
  }

  /** Every readable book, newest first. Corrupt manifests are reported, not fatal. */
  async list(): Promise<{ books: Manifest[]; unreadable: { id: string; message: string }[] }> {
    const names = await fs.readdir(this.booksDir).catch(() => [] as string[]);
    const books: Manifest[] = [];
    const unreadable: { id: string; message: string }[] = [];
    await Promise.all(
      names.filter(isBookId).map(async (id) => {
        const folder = this.folder(id);
        if (!(await folder.exists())) return;
        try {
          books.push(await folder.read());
        } catch (error) {
          if (error instanceof CorruptManifestError) unreadable.push({ id, message: error.message });
          else throw error;
        }
      }),
    );
    books.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    return { books, unreadable };
  }

  async delete(id: string): Promise<void> {
    const folder = await this.open(id);
    this.folders.delete(id);
    await fs.rm(folder.dir, { recursive: true, force: true });
  }

  /** One BookFolder object per id, so all writers of a book share its write queue. */
  folder(id: string): BookFolder {
    assertBookId(id);
    let folder = this.folders.get(id);
    if (!folder) {
      folder = new BookFolder(path.join(this.booksDir, id));
      this.folders.set(id, folder);
    }
    return folder;
  }
}

/** A manifest for a book nothing has been done for yet. */
export function newManifest(id: string, requestInput: BookRequestInput, now: Date): Manifest {
  const request = BookRequestSchema.parse(requestInput);
  const time = now.toISOString();
  return {
    version: MANIFEST_VERSION,
    id,
    title: null,
    language: request.options.language,
    createdAt: time,
    updatedAt: time,
    status: 'queued',
    error: null,
    request,
    steps: { story: null, plan: null, scenes: [], narration: null },
    scenes: [],
    bible: { characters: [] },
    outputs: {},
    warnings: [],
  };
}
