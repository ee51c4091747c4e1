import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BookFolder } from '../../pipeline/book-folder';
import { temporaryFolder } from '../support/temporary-folder';

const ROOT = path.resolve(__dirname, '../..');
const STORY = 'Pip and the Kite\n\nPip the mouse lived in a sunny garden. One windy morning she found a red kite under the apple tree.\n\nShe ran across the meadow, and the kite flew high over the hills. At night Pip went home and slept in her little bed.';

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

describe('npx storyloom make (a real process, embedded providers)', () => {
  it('makes a complete book folder offline, reports it as JSON and exits on its own', async () => {
    const { dir, remove } = await temporaryFolder();
    const storyFile = path.join(dir, 'pip.txt');
    await fs.writeFile(storyFile, STORY);
    const result = await run('npx', ['--no-install', 'storyloom', 'make', storyFile, '--out', path.join(dir, 'out'), '--formats', 'web', '--size', 'portrait', '--json'], ROOT);
    expect(result.stderr).not.toMatch(/Warning|Error|\n\s+at /);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.folder).toBe(path.join(dir, 'out', 'pip-and-the-kite'));
    expect(summary.status).toBe('ready');
    expect(result.stderr).toContain('[100%] ready');
    const manifest = await new BookFolder(summary.folder).read();
    for (const file of ['book.json', 'narration.wav', 'web/index.html', ...manifest.steps.scenes.flatMap((steps) => [steps.picture!.file, steps.narration!.file])]) {
      await expect(fs.access(path.join(summary.folder, file))).resolves.toBeUndefined();
    }
    expect(manifest.steps.scenes[0].picture).toMatchObject({ width: 768, height: 1024 });
    // The worker pools are closed, so the process ends as soon as the book is made.
    expect(result.ms - summary.timings.totalMs).toBeLessThan(15_000);
    await remove();
  });
});
