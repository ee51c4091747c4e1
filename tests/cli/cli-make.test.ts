import { promises as fs } from 'node:fs';
import path from 'node:path';
import { makeCommand } from '../../pipeline/cli/commands/make';
import { UsageError } from '../../pipeline/cli/cli-io';
import { BookFolder } from '../../pipeline/book-folder';
import { ProviderError } from '../../pipeline/errors';
import { fakeWebRenderer } from '../make-book/make-book-fixtures';
import { temporaryFolder } from '../support/temporary-folder';
import { memoryIo, syntheticChosen } from './cli-fixtures';

const STORY = 'The Fox and the Moon\n\nA fox lived in the forest.\n\nOne night she saw the moon.\n\nShe smiled and went to sleep.';

function command(chosen = syntheticChosen()) {
  return { chosen, make: makeCommand({ chooseProviders: () => chosen, renderers: () => [fakeWebRenderer()] }) };
}

describe('storyloom make (in process, synthetic providers)', () => {
  it('makes a book folder from a story file, with progress lines on stderr and a summary on stdout', async () => {
    const { dir, remove } = await temporaryFolder();
    await fs.writeFile(path.join(dir, 'fox.txt'), STORY);
    const { io, written } = memoryIo(dir);
    const { chosen, make } = command();
    expect(await make.run(['fox.txt', '--out', 'out', '--formats', 'web'], io)).toBe(0);

    const book = path.join(dir, 'out', 'a-test-story');
    const manifest = await new BookFolder(book).read();
    expect(manifest.status).toBe('ready');
    for (const file of ['book.json', 'scenes/01.png', 'scenes/01.wav', 'scenes/04.wav', 'narration.wav', 'web/index.html']) {
      await expect(fs.access(path.join(book, file))).resolves.toBeUndefined();
    }
    expect(written.stderr).toContain('[  5%] planned 4 scenes: "A Test Story"\n');
    expect(written.stderr).toMatch(/\[\s*\d+%\] scene 4\/4: picture\n/);
    expect(written.stderr).toContain('[100%] ready\n');
    expect(written.stdout).toContain('Made "A Test Story": 4 scenes');
    expect(written.stdout).toContain(`folder  ${path.join('out', 'a-test-story')}`);
    expect(chosen.closes).toBe(1);
    expect((await fs.readdir(path.join(dir, 'out'))).filter((name) => name.startsWith('.'))).toEqual([]);
    await remove();
  });

  it('writes from a prompt and prints a JSON summary; a second book with the same title gets its own folder', async () => {
    const { dir, remove } = await temporaryFolder();
    const first = memoryIo(dir);
    expect(await command().make.run(['--prompt', 'a brave hen', '--out', 'books', '--json', '--formats', 'web', '--seed', '9'], first.io)).toBe(0);
    const summary = JSON.parse(first.written.stdout);
    expect(summary).toMatchObject({ folder: path.join(dir, 'books', 'a-story'), manifest: path.join(dir, 'books', 'a-story', 'book.json'), title: 'A Story', status: 'ready', scenes: 3, providers: ['all: synthetic (test)'] });
    expect(summary.outputs.web).toEqual([path.join(dir, 'books', 'a-story', 'web', 'index.html')]);
    expect(summary.timings.totalMs).toBeGreaterThan(0);
    expect(summary.timings.scenesMs).toBeGreaterThan(0);
    const manifest = await new BookFolder(summary.folder).read();
    expect(manifest.request.options.seed).toBe(9);
    expect(await fs.readFile(path.join(summary.folder, 'story.txt'), 'utf8')).toContain('a brave hen');

    const second = memoryIo(dir);
    expect(await command().make.run(['--prompt', 'a brave hen', '--out', 'books', '--json', '--formats', 'web'], second.io)).toBe(0);
    expect(JSON.parse(second.written.stdout).folder).toBe(path.join(dir, 'books', 'a-story-2'));
    await remove();
  });

  it('names a book folder outside the working folder by its full path, not by ../..', async () => {
    const { dir, remove } = await temporaryFolder();
    const elsewhere = await temporaryFolder();
    await fs.writeFile(path.join(dir, 'fox.txt'), STORY);
    const { io, written } = memoryIo(dir);
    expect(await command().make.run(['fox.txt', '--out', elsewhere.dir, '--formats', 'web'], io)).toBe(0);
    const book = path.join(elsewhere.dir, 'a-test-story');
    expect(written.stdout).toContain(`  folder  ${book}\n`);
    expect(written.stdout).toContain(`  web     ${path.join(book, 'web', 'index.html')}\n`);
    expect(written.stdout).not.toContain('..');
    await remove();
    await elsewhere.remove();
  });

  it('reads the story from standard input with -', async () => {
    const { dir, remove } = await temporaryFolder();
    const { io } = memoryIo(dir, { stdin: STORY });
    expect(await command().make.run(['-', '--out', '.', '--formats', 'web'], io)).toBe(0);
    expect((await new BookFolder(path.join(dir, 'a-test-story')).read()).scenes).toHaveLength(4);
    await remove();
  });

  it('refuses an unknown voice or language before doing any work, listing the valid ones', async () => {
    const { dir, remove } = await temporaryFolder();
    const { chosen, make } = command();
    await expect(make.run(['--prompt', 'x', '--out', 'o', '--voice', 'robot'], memoryIo(dir).io)).rejects.toThrow(new UsageError('there is no voice "robot"; voices for en: tone'));
    await expect(make.run(['--prompt', 'x', '--out', 'o', '--language', 'ja'], memoryIo(dir).io)).rejects.toThrow('the narrator cannot speak "ja"; languages: en');
    expect(chosen.closes).toBe(2);
    await expect(fs.access(path.join(dir, 'o'))).rejects.toThrow();
    await remove();
  });

  it('reports a failed book with its scene and provider, keeps the folder, and exits 1', async () => {
    const { dir, remove } = await temporaryFolder();
    await fs.writeFile(path.join(dir, 'fox.txt'), STORY);
    const chosen = syntheticChosen();
    chosen.providers.illustrator = { ...chosen.providers.illustrator, illustrate: async () => { throw new ProviderError({ provider: 'synthetic', retryable: false, message: 'out of crayons' }); } };
    const { io, written } = memoryIo(dir);
    expect(await command(chosen).make.run(['fox.txt', '--out', 'out', '--formats', 'web'], io)).toBe(1);
    expect(written.stderr).toContain('storyloom make: drawing scene 1 failed: out of crayons (provider: synthetic)\n');
    expect(written.stderr).toContain(`storyloom make: what was finished is kept in ${path.join('out', 'a-test-story')}; "storyloom resume ${path.join('out', 'a-test-story')}" finishes it\n`);
    expect((await new BookFolder(path.join(dir, 'out', 'a-test-story')).read()).status).toBe('failed');
    expect(chosen.closes).toBe(1);
    await remove();
  });

  it('refuses an empty story file', async () => {
    const { dir, remove } = await temporaryFolder();
    await fs.writeFile(path.join(dir, 'empty.txt'), '  \n');
    await expect(command().make.run(['empty.txt', '--out', 'out'], memoryIo(dir).io)).rejects.toThrow('empty.txt is empty: there is no story to make a book from');
    await remove();
  });
});
