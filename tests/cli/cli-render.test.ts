import path from 'node:path';
import { renderCommand } from '../../pipeline/cli/commands/render';
import { makeCommand } from '../../pipeline/cli/commands/make';
import { BookFolder } from '../../pipeline/book-folder';
import type { Manifest } from '../../pipeline/model';
import { fakeWebRenderer } from '../make-book/make-book-fixtures';
import { temporaryFolder } from '../support/temporary-folder';
import { memoryIo, syntheticChosen } from './cli-fixtures';

describe('storyloom render (in process)', () => {
  it('renders a made book again without any provider, saving new layout options', async () => {
    const { dir, remove } = await temporaryFolder();
    const made = memoryIo(dir);
    await makeCommand({ chooseProviders: () => syntheticChosen(), renderers: () => [fakeWebRenderer()] }).run(['--prompt', 'a fox', '--out', '.', '--formats', 'web', '--json'], made.io);
    const folder = JSON.parse(made.written.stdout).folder;

    const renders: Manifest[] = [];
    const { io, written } = memoryIo(dir);
    const render = renderCommand({ renderers: () => [fakeWebRenderer(renders)] });
    expect(await render.run([path.relative(dir, folder), '--formats', 'web,pdf', '--page-size', 'a4-portrait'], io)).toBe(0);
    expect(renders).toHaveLength(1);
    expect(renders[0].request.options.render.pageSize).toBe('a4-portrait');
    expect(written.stdout).toBe(`web     ${path.join('a-story', 'web', 'index.html')}\nwarning: pdf was requested but no pdf renderer is installed yet, so it was skipped\n`);
    expect((await new BookFolder(folder).read()).request.options.render).toEqual({ pageSize: 'a4-portrait', print: false, videoMode: 'still', aspect: '16:9' });
    await remove();
  });

  it('says what is wrong with the folder or the formats', async () => {
    const { dir, remove } = await temporaryFolder();
    const render = renderCommand({ renderers: () => [] });
    await expect(render.run([], memoryIo(dir).io)).rejects.toThrow('give the book folder to render');
    await expect(render.run(['nowhere'], memoryIo(dir).io)).rejects.toThrow('nowhere is not a book folder: it has no book.json');
    await expect(render.run(['.', '--formats', 'gif'], memoryIo(dir).io)).rejects.toThrow('--formats must be one of: web, pdf, mp4, epub (not "gif")');
    await remove();
  });
});
