import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BookStore } from './book-store';
import { BookFolder, CorruptManifestError } from './book-folder';
import { BadInputError, NotFoundError } from './errors';

describe('BookStore', () => {
  let dataDir: string;
  let store: BookStore;
  beforeEach(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'storyloom-store-'));
    store = new BookStore(dataDir);
  });
  afterEach(() => fs.rm(dataDir, { recursive: true, force: true }));

  it('creates a folder with a validated manifest under books/<id>', async () => {
    const { folder, manifest } = await store.create({ source: { kind: 'text', text: 'Once upon a time.' } });
    expect(folder.dir).toBe(path.join(dataDir, 'books', manifest.id));
    expect(manifest.status).toBe('queued');
    expect(manifest.request.options.formats).toEqual(['web', 'pdf', 'mp4', 'epub']);
    const onDisk = JSON.parse(await fs.readFile(path.join(folder.dir, 'book.json'), 'utf8'));
    expect(onDisk.id).toBe(manifest.id);
    expect(await store.read(manifest.id)).toEqual(manifest);
  });

  it('refuses ids that are not ids before touching the disk', async () => {
    await expect(store.read('../../etc')).rejects.toBeInstanceOf(BadInputError);
    await expect(store.read('aaaaaaaaaaaaaaaa')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('serializes concurrent updates so none is lost', async () => {
    const { folder } = await store.create({ source: { kind: 'text', text: 'x' } });
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        folder.update((manifest) => {
          manifest.warnings.push(`w${index}`);
        }),
      ),
    );
    const manifest = await folder.read();
    expect(manifest.warnings).toHaveLength(20);
    const leftovers = (await fs.readdir(folder.dir)).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('names the file when a manifest is corrupt, and lists the rest', async () => {
    const good = await store.create({ source: { kind: 'text', text: 'x' } });
    const bad = await store.create({ source: { kind: 'text', text: 'y' } });
    await fs.writeFile(bad.folder.manifestPath, '{"version": 1, "id": ');
    await expect(bad.folder.read()).rejects.toThrow(CorruptManifestError);
    await expect(bad.folder.read()).rejects.toThrow(bad.folder.manifestPath);
    const { books, unreadable } = await store.list();
    expect(books.map((book) => book.id)).toEqual([good.manifest.id]);
    expect(unreadable).toEqual([{ id: bad.manifest.id, message: expect.stringContaining('not JSON') }]);
  });

  it('lists newest first and deletes', async () => {
    const older = await store.create({ source: { kind: 'text', text: 'a' } }, { now: new Date('2026-01-01') });
    const newer = await store.create({ source: { kind: 'text', text: 'b' } }, { now: new Date('2026-02-01') });
    expect((await store.list()).books.map((book) => book.id)).toEqual([newer.manifest.id, older.manifest.id]);
    await store.delete(older.manifest.id);
    expect((await store.list()).books.map((book) => book.id)).toEqual([newer.manifest.id]);
  });

  it('never resolves a path outside the book folder', () => {
    const folder = new BookFolder('/data/books/abc');
    expect(folder.resolve('scenes/01.png')).toBe('/data/books/abc/scenes/01.png');
    expect(() => folder.resolve('../other/book.json')).toThrow(BadInputError);
    expect(() => folder.resolve('/etc/passwd')).toThrow(BadInputError);
  });
});
