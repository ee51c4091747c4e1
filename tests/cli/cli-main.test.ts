import { main } from '../../pipeline/cli/main';
import { temporaryFolder } from '../support/temporary-folder';
import { memoryIo } from './cli-fixtures';

/** Through main(), as the storyloom command runs it: usage errors exit 2 and list the choices. */
describe('storyloom make and render through main()', () => {
  it('lists make and render in the overview and shows their help', async () => {
    const { dir, remove } = await temporaryFolder();
    const overview = memoryIo(dir);
    expect(await main(['--help'], overview.io)).toBe(0);
    expect(overview.written.stdout).toMatch(/make\s+make a book from a story file or a prompt/);
    expect(overview.written.stdout).toMatch(/render\s+render a made book folder again/);
    const help = memoryIo(dir);
    expect(await main(['make', '--help'], help.io)).toBe(0);
    expect(help.written.stdout).toContain('storyloom make --prompt');
    await remove();
  });

  it('exits 2 naming the valid styles, voices and languages', async () => {
    const { dir, remove } = await temporaryFolder();
    const style = memoryIo(dir);
    expect(await main(['make', '--prompt', 'a fox', '--out', 'o', '--style', 'cubist'], style.io)).toBe(2);
    expect(style.written.stderr).toBe('storyloom make: --style must be one of: picture-book, flat, watercolour, silhouette (not "cubist") (see "storyloom make --help")\n');

    const voice = memoryIo(dir);
    expect(await main(['make', '--prompt', 'a fox', '--out', 'o', '--language', 'de', '--voice', 'robot'], voice.io)).toBe(2);
    expect(voice.written.stderr).toContain('there is no voice "robot"; voices for de: de-female, de-male');

    const language = memoryIo(dir);
    expect(await main(['make', '--prompt', 'a fox', '--out', 'o', '--language', 'ja'], language.io)).toBe(2);
    expect(language.written.stderr).toMatch(/the narrator cannot speak "ja"; languages: en-US, en-GB, de, fr, .*nl/);
    expect(language.written.stderr).not.toMatch(/\n\s+at /);
    await remove();
  });

  it('exits 1 with a plain message for a misconfigured provider choice', async () => {
    const { dir, remove } = await temporaryFolder();
    const { io, written } = memoryIo(dir, { env: { STORYLOOM_NARRATOR: 'openai' } });
    expect(await main(['make', '--prompt', 'a fox', '--out', 'o'], io)).toBe(1);
    expect(written.stderr).toBe('storyloom make: STORYLOOM_NARRATOR=openai needs OPENAI_API_KEY (or AZURE_OPENAI_ENDPOINT with AZURE_OPENAI_API_KEY)\n');
    await remove();
  });
});
