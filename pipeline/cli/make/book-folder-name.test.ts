import { promises as fs } from 'node:fs';
import path from 'node:path';
import { temporaryFolder } from '../../../tests/support/temporary-folder';
import { bookSlug, moveToUniqueFolder } from './book-folder-name';

describe('book folder names', () => {
  it('makes a slug from the title, with a fallback for titles with no letters', () => {
    expect(bookSlug('The Shy Dragon Who Learned to Swim!')).toBe('the-shy-dragon-who-learned-to-swim');
    expect(bookSlug('Über die Brücke, ganz groß')).toBe('uber-die-brucke-ganz-gross');
    expect(bookSlug('…', 'story')).toBe('story');
    expect(bookSlug(null)).toBe('book');
    expect(bookSlug('a'.repeat(100)).length).toBe(60);
  });

  it('moves the working folder to the slug, numbering it when the name is taken', async () => {
    const { dir, remove } = await temporaryFolder();
    for (const name of ['work-1', 'work-2']) {
      await fs.mkdir(path.join(dir, name));
      await fs.writeFile(path.join(dir, name, 'book.json'), name);
    }
    expect(await moveToUniqueFolder(path.join(dir, 'work-1'), dir, 'the-fox')).toBe(path.join(dir, 'the-fox'));
    expect(await moveToUniqueFolder(path.join(dir, 'work-2'), dir, 'the-fox')).toBe(path.join(dir, 'the-fox-2'));
    expect(await fs.readFile(path.join(dir, 'the-fox-2', 'book.json'), 'utf8')).toBe('work-2');
    await remove();
  });
});
