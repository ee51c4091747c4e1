import { spawn } from 'node:child_process';
import path from 'node:path';
import { temporaryFolder } from '../support/temporary-folder';
import { waitFor } from './support/app-harness';

const ROOT = path.resolve(__dirname, '../..');
const STORY = `The Little Red Hen

A little red hen lived on a farm with a cat, a dog and a duck. One day she found some grains of wheat.

"Who will help me plant the wheat?" asked the hen. "Not I," said the cat. "Not I," said the dog. So she planted it herself.

At the end of summer she baked a loaf of bread, and she ate it all up with her chicks.`;

/** How a process ended, in words a failing test can show: "exit code 0", "signal SIGTERM". */
function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

/** `npm start` with no keys, in a fresh data folder; `exited` says how it ended. */
function startNpmStart(dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATA_DIR: dataDir };
  for (const key of Object.keys(env)) if (/^(OPENAI|AZURE)_/.test(key)) delete env[key];
  const child = spawn(process.execPath, [path.join(ROOT, 'server/start.cjs')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const state = { output: '' };
  child.stdout!.on('data', (chunk) => (state.output += chunk));
  child.stderr!.on('data', (chunk) => (state.output += chunk));
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(describeExit(code, signal))));
  return { child, state, exited };
}

/**
 * `npm start` as a person runs it: server/start.cjs with no keys, so the embedded providers and
 * every real renderer make a whole book, served and downloadable through the API.
 */
describe('npm start, end to end on the embedded providers', () => {
  it('makes, serves and downloads a book in every format with no keys', async () => {
    const temporary = await temporaryFolder('storyloom-e2e-');
    const { child, state, exited } = startNpmStart(temporary.dir);
    let failure: unknown = null;
    try {
      const base = await waitFor(async () => /Storyloom is ready at (http:\/\/\S+)/.exec(state.output)?.[1], 'the server to start', 60000);
      expect(state.output).toMatch(/narrator\s+embedded/);

      const page = await fetch(`${base}/`);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toContain('<script defer src="app.js">');
      const options = (await (await fetch(`${base}/api/options`)).json()) as { providers: { capability: string; provider: string }[]; voices: unknown[] };
      expect(options.voices.length).toBeGreaterThan(0);
      expect(options.providers.find((choice) => choice.capability === 'illustrator')!.provider).toMatch(/embedded/);

      const created = await fetch(`${base}/api/books`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: STORY }) });
      expect(created.status).toBe(202);
      const { id } = (await created.json()) as { id: string };
      const book = await waitFor(async () => {
        const detail = (await (await fetch(`${base}/api/books/${id}`)).json()) as { book: { status: string; error: unknown; downloads: { format: string; url: string }[] } };
        if (detail.book.status === 'failed') throw new Error(`the book failed: ${JSON.stringify(detail.book.error)}`);
        return detail.book.status === 'ready' && detail.book;
      }, 'the book to be ready', 150000);

      const kinds: Record<string, [string, string]> = { pdf: ['application/pdf', '%PDF-'], mp4: ['video/mp4', ''], epub: ['application/epub+zip', 'PK'], web: ['application/zip', 'PK'] };
      expect(book.downloads.map((download) => download.format).sort()).toEqual(['epub', 'mp4', 'pdf', 'web']);
      for (const download of book.downloads) {
        const answer = await fetch(`${base}${download.url}`);
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-type')).toBe(kinds[download.format][0]);
        const bytes = Buffer.from(await answer.arrayBuffer());
        expect(bytes.length).toBeGreaterThan(1000);
        expect(bytes.subarray(0, kinds[download.format][1].length).toString()).toBe(kinds[download.format][1]);
      }
    } catch (error) {
      failure = error;
    }
    child.kill('SIGTERM');
    const ending = await exited;
    await temporary.remove();
    // A failure above is the news; how the server then ended is told with it, never instead of it.
    if (failure) throw new Error(`${(failure as Error).message ?? failure}\n(the server then ended with ${ending}; its output:\n${state.output.slice(-3000)})`);
    if (ending !== 'exit code 0') throw new Error(`after SIGTERM the server ended with ${ending}, not exit code 0; its output:\n${state.output.slice(-3000)}`);
  }, 240000);

  it('stops cleanly, with exit code 0, on a SIGTERM that comes while it is still starting', async () => {
    const temporary = await temporaryFolder('storyloom-e2e-');
    const { child, state, exited } = startNpmStart(temporary.dir);
    try {
      // Its first line comes once signals are handled, seconds before the app is built and the providers load.
      await waitFor(async () => state.output.startsWith('Storyloom is starting…\n'), 'the first line', 30000);
      child.kill('SIGTERM');
      expect(await exited).toBe('exit code 0');
      // (On a machine fast enough to be ready already, the ordinary shutdown runs instead.)
      expect(state.output).toMatch(/SIGTERM: (stopping as soon as start-up allows…|finishing the current steps and stopping…)\n/);
      expect(state.output).toMatch(/\n(stopped before the server started|stopped)\n/);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await temporary.remove();
    }
  }, 60000);
});
