import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../pipeline/cli/main';
import { temporaryFolder } from '../support/temporary-folder';
import { memoryIo } from './cli-fixtures';

const REPOSITORY = path.resolve(__dirname, '..', '..');
const STORIES = path.join(REPOSITORY, 'tests', 'fixtures', 'stories');

async function run(argv: string[], options: { stdin?: string; cwd?: string } = {}) {
  const { io, written } = memoryIo(options.cwd ?? STORIES, { stdin: options.stdin });
  const code = await main(argv, io);
  return { code, ...written };
}

/** One line on stderr, no stack trace: how every failure must look. */
function expectOneCleanLine(stderr: string, pattern: RegExp): void {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr.trimEnd()).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('storyloom plan', () => {
  it('prints a readable table: heading, one row per scene, then the characters', async () => {
    const { code, stdout, stderr } = await run(['plan', 'little-red-cap.en.txt']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^Little Red-Cap — en \(guessed\) — 1,3\d\d words — \d+ scenes$/);
    expect(lines[2]).toMatch(/^\s*#\s+words\s+setting\s+time\s+characters\s+begins$/);
    expect(lines[3]).toMatch(/^\s*1\s+\d+\s+house\s+day\s+Little Red-Cap.*Once upon a time/);
    const sceneCount = Number(/(\d+) scenes$/.exec(lines[0])![1]);
    expect(lines.slice(3, 3 + sceneCount).every((line) => /^\s*\d+\s+\d+\s+[a-z]+\s+(dawn|day|dusk|night)\s/.test(line))).toBe(true);
    expect(stdout).toMatch(/Characters:\n\s+little-red-cap\s+Little Red-Cap \(girl\): .*red cap/);
    expect(stdout).toMatch(/\n\s+wolf\s+Wolf \(wolf\): a \w+ wolf/);
  });

  it('prints the plan as JSON with --json: title, language, text and scenes that cover it, bible', async () => {
    const { code, stdout } = await run(['plan', '--json', '--language', 'de', 'rotkaeppchen.de.txt']);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(Object.keys(plan)).toEqual(['title', 'language', 'text', 'scenes', 'bible']);
    expect(plan.title).toBe('Rotkäppchen');
    expect(plan.language).toBe('de');
    expect(plan.scenes.map((scene: { text: string }) => scene.text).join('')).toBe(plan.text);
    expect(plan.bible.characters.map((character: { id: string }) => character.id)).toEqual(expect.arrayContaining(['rotkappchen', 'wolf', 'grossmutter']));
  });

  it('reads standard input with "-" and makes the number of scenes asked for', async () => {
    const story = await fs.readFile(path.join(STORIES, 'lion-and-mouse.en.txt'), 'utf8');
    const { code, stdout } = await run(['plan', '-', '--scenes', '2', '--json'], { stdin: story });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).scenes).toHaveLength(2);
  });

  it('warns on stderr, and still plans, when a language has no lexicon', async () => {
    const { code, stdout, stderr } = await run(['plan', 'momotaro.ja.txt']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^桃太郎 — ja \(guessed\)/);
    expectOneCleanLine(stderr, /^storyloom plan: warning: scene descriptions for "ja" are not available/);
  });

  it.each([
    [['plan'], /give a story file, or - to read standard input/],
    [['plan', 'a.txt', 'b.txt'], /give one story file, not 2/],
    [['plan', 'missing.txt'], /cannot read missing\.txt: no such file/],
    [['plan', 'little-red-cap.en.txt', '--scenes', '0'], /--scenes must be a whole number from 1 to 60, not "0"/],
    [['plan', 'little-red-cap.en.txt', '--scenes', 'many'], /--scenes must be a whole number from 1 to 60, not "many"/],
    [['plan', 'little-red-cap.en.txt', '--language', 'not a tag'], /--language "not a tag" is not a language tag/],
    [['plan', 'little-red-cap.en.txt', '--colour', 'red'], /Unknown option '--colour'/],
  ])('exits 2 with one clear line for a usage mistake: %j', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expectOneCleanLine(stderr, message);
    expect(stderr).toMatch(/^storyloom plan: .*\(see "storyloom plan --help"\)$/m);
  });

  it('exits 1 with one clear line when the story cannot be planned', async () => {
    const { dir, remove } = await temporaryFolder();
    try {
      await fs.writeFile(path.join(dir, 'empty.txt'), ' \n\n\t');
      await fs.writeFile(path.join(dir, 'binary.txt'), Buffer.from('Once upon a\u0000 time', 'utf8'));
      const empty = await run(['plan', 'empty.txt'], { cwd: dir });
      expect(empty.code).toBe(1);
      expectOneCleanLine(empty.stderr, /^storyloom plan: the story is empty$/);
      const binary = await run(['plan', 'binary.txt'], { cwd: dir });
      expect(binary.code).toBe(1);
      expectOneCleanLine(binary.stderr, /^storyloom plan: the story contains NUL bytes at character 12/);
    } finally {
      await remove();
    }
  });

  it('explains every option in its help, and is listed in the overview', async () => {
    const help = await run(['plan', '--help']);
    expect(help.code).toBe(0);
    for (const option of ['--language', '--scenes', '--json', '--help', 'storyloom plan <story.txt | ->']) expect(help.stdout).toContain(option);
    const overview = await run(['--help']);
    expect(overview.stdout).toMatch(/\n\s+plan\s+show how a story splits into scenes/);
  });

  it('runs as a real command through npx', async () => {
    const { stdout } = await promisify(execFile)('npx', ['storyloom', 'plan', path.join('tests', 'fixtures', 'stories', 'lion-and-mouse.en.txt')], { cwd: REPOSITORY });
    expect(stdout).toMatch(/^The Lion and the Mouse — en \(guessed\) — 152 words — 3 scenes\n/);
    expect(stdout).toMatch(/\n\s+lion\s+Lion \(lion\)/);
  });
});
