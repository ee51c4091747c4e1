import { build } from 'esbuild';
import path from 'node:path';

/** web/player, from pipeline/render/web. */
const PLAYER_FOLDER = path.resolve(__dirname, '../../../web/player');

export interface PlayerBundle {
  /** One classic script (an IIFE): opens from file://, where ES modules are refused. */
  script: string;
  styles: string;
}

let cached: Promise<PlayerBundle> | undefined;

async function bundle(): Promise<PlayerBundle> {
  const common = { bundle: true, write: false, minify: true, logLevel: 'silent', legalComments: 'none' } as const;
  const [script, styles] = await Promise.all([
    build({ ...common, entryPoints: [path.join(PLAYER_FOLDER, 'standalone.ts')], format: 'iife', target: ['es2019'] }),
    build({ ...common, entryPoints: [path.join(PLAYER_FOLDER, 'standalone.css')] }),
  ]);
  return { script: script.outputFiles[0].text, styles: styles.outputFiles[0].text };
}

/** The player bundled by esbuild, once per process (it takes milliseconds, but every book needs it). */
export function playerBundle(): Promise<PlayerBundle> {
  cached ??= bundle().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
