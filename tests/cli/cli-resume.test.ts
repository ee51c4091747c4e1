import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BookFolder } from '../../pipeline/book-folder';
import { makeCommand } from '../../pipeline/cli/commands/make';
import { resumeCommand } from '../../pipeline/cli/commands/resume';
import { ProviderError } from '../../pipeline/errors';
import { fakeWebRenderer } from '../make-book/make-book-fixtures';
import { temporaryFolder } from '../support/temporary-folder';
import { memoryIo, syntheticChosen } from './cli-fixtures';

describe('storyloom resume (in process)', () => {
  it('finishes a failed book, making only what is missing', async () => {
    const { dir, remove } = await temporaryFolder();
    await fs.writeFile(path.join(dir, 'fox.txt'), 'A fox lived in the forest.\n\nOne night she saw the moon.\n\nShe smiled and went to sleep.');
    const broken = syntheticChosen();
    const healthy = broken.providers.illustrator.illustrate;
    broken.providers.illustrator = {
      ...broken.providers.illustrator,
      illustrate: async (input) => {
        if (input.scene.index === 1) throw new ProviderError({ provider: 'synthetic', retryable: true, message: 'busy' });
        return healthy(input);
      },
    };
    const first = memoryIo(dir);
    expect(await makeCommand({ chooseProviders: () => broken, renderers: () => [fakeWebRenderer()] }).run(['fox.txt', '--out', 'out', '--formats', 'web'], first.io)).toBe(1);
    const book = path.join('out', 'a-test-story');
    expect(first.written.stderr).toContain(`"storyloom resume ${book}" finishes it`);

    const drawn: number[] = [];
    const again = syntheticChosen();
    const draw = again.providers.illustrator.illustrate;
    again.providers.illustrator = { ...again.providers.illustrator, illustrate: async (input) => (drawn.push(input.scene.index), draw(input)) };
    const second = memoryIo(dir);
    expect(await resumeCommand({ chooseProviders: () => again, renderers: () => [fakeWebRenderer()] }).run([book], second.io)).toBe(0);
    expect(drawn).toEqual([1]);
    expect(second.written.stdout).toContain('Made "A Test Story": 3 scenes');
    expect((await new BookFolder(path.join(dir, book)).read()).status).toBe('ready');
    expect(again.closes).toBe(1);
    await remove();
  });

  it('says what is wrong with the folder', async () => {
    const { dir, remove } = await temporaryFolder();
    const resume = resumeCommand({ chooseProviders: () => syntheticChosen() });
    await expect(resume.run([], memoryIo(dir).io)).rejects.toThrow('give the book folder to finish');
    await expect(resume.run(['nowhere'], memoryIo(dir).io)).rejects.toThrow('nowhere is not a book folder: it has no book.json');
    await remove();
  });
});
