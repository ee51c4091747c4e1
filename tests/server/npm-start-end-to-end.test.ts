import { spawn } from 'node:child_process';
import path from 'node:path';
import { temporaryFolder } from '../support/temporary-folder';
import { waitFor } from './support/app-harness';

const ROOT = path.resolve(__dirname, '../..');
const STORY = `The Little Red Hen

A little red hen lived on a farm with a cat, a dog and a duck. One day she found some grains of wheat.

"Who will help me plant the wheat?" asked the hen. "Not I," said the cat. "Not I," said the dog. So she planted it herself.

At the end of summer she baked a loaf of bread, and she ate it all up with her chicks.`;

/**
 * `npm start` as a person runs it: server/start.cjs with no keys, so the embedded providers and
 * every real renderer make a whole book, served and downloadable through the API.
 */
describe('npm start, end to end on the embedded providers', () => {
  it('makes, serves and downloads a book in every format with no keys', async () => {
    const temporary = await temporaryFolder('storyloom-e2e-');
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATA_DIR: temporary.dir };
    for (const key of Object.keys(env)) if (/^(OPENAI|AZURE)_/.test(key)) delete env[key];
    const child = spawn(process.execPath, [path.join(ROOT, 'server/start.cjs')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const base = await waitFor(async () => /Storyloom is ready at (http:\/\/\S+)/.exec(output)?.[1], `the server to start (output so far: ${output})`, 60000);
      expect(output).toMatch(/narrator\s+embedded/);

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
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await temporary.remove();
    }
  }, 240000);
});
