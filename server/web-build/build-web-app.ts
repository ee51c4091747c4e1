import { promises as fs } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(__dirname, '../..');
export const WEB_APP_ENTRY = path.join(ROOT, 'web/app/main.ts');
export const WEB_APP_HTML = path.join(ROOT, 'web/app/index.html');
export const DEFAULT_WEB_ROOT = path.join(ROOT, 'web/dist');
/** Everything the bundle is made from; a newer file in any of these means a rebuild. */
export const WEB_APP_SOURCES = ['web/app', 'web/shared', 'web/player', 'pipeline/model', 'pipeline/render/web'].map((folder) => path.join(ROOT, folder));

/** Bundles the browser app (TypeScript, socket.io-client, the player, CSS) into `outDir`. */
export async function buildWebApp(outDir: string = DEFAULT_WEB_ROOT): Promise<void> {
  await fs.mkdir(outDir, { recursive: true });
  await build({
    entryPoints: { app: WEB_APP_ENTRY },
    outdir: outDir,
    bundle: true,
    minify: true,
    sourcemap: 'linked',
    format: 'iife',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    platform: 'browser',
    logLevel: 'silent',
    legalComments: 'linked',
  });
  await fs.copyFile(WEB_APP_HTML, path.join(outDir, 'index.html'));
}

/** Builds when the bundle is missing or older than any of its sources; returns the folder. */
export async function ensureWebApp(outDir: string = DEFAULT_WEB_ROOT): Promise<string> {
  const built = await fs.stat(path.join(outDir, 'app.js')).then((stat) => stat.mtimeMs, () => 0);
  const newest = Math.max(...(await Promise.all(WEB_APP_SOURCES.map(newestChange))));
  if (built === 0 || newest > built) await buildWebApp(outDir);
  return outDir;
}

async function newestChange(folder: string): Promise<number> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const times = await Promise.all(
    entries.filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts')).map((entry) => fs.stat(path.join(entry.parentPath, entry.name)).then((stat) => stat.mtimeMs)),
  );
  return Math.max(0, ...times);
}
