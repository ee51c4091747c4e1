import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BookFolder } from '../../book-folder';
import { RenderError, throwIfCancelled } from '../../errors';
import type { Manifest } from '../../model';
import type { RenderContext, RenderResult, Renderer } from '../renderer';
import { buildStorybookData } from './build-storybook-data';
import { buildStorybookHtml } from './build-storybook-html';
import { playerBundle } from './player-bundle';

export const WEB_FOLDER = 'web';

/** `web/pictures/01.png`, `web/audio/01.wav`: named by page, keeping the file's own extension. */
export function webFileName(kind: 'pictures' | 'audio', index: number, sourceFile: string): string {
  return `${kind}/${String(index + 1).padStart(2, '0')}${path.extname(sourceFile).toLowerCase()}`;
}

function requireFinished(manifest: Manifest): void {
  const missing = manifest.scenes.findIndex((_, index) => !manifest.steps.scenes[index]?.picture || !manifest.steps.scenes[index]?.narration);
  if (manifest.scenes.length === 0) throw new RenderError('web', 'the book has no scenes yet, so there is no web storybook to make');
  if (missing >= 0) throw new RenderError('web', `scene ${missing + 1} has no picture or narration yet, so the web storybook cannot be made`);
}

async function copyInto(folder: BookFolder, from: string, to: string): Promise<void> {
  try {
    await folder.writeFile(`${WEB_FOLDER}/${to}`, await fs.readFile(folder.resolve(from)));
  } catch (error) {
    throw new RenderError('web', `could not copy ${from} into the web storybook: ${(error as Error).message}`, { cause: error });
  }
}

/** Leaves only this render's files in web/, so a re-render never serves a stale picture or sound. */
async function removeStale(folder: BookFolder, keep: Set<string>): Promise<void> {
  const root = folder.resolve(WEB_FOLDER);
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (entry.isFile() && !keep.has(relative)) await fs.rm(path.join(entry.parentPath, entry.name), { force: true });
  }
}

/**
 * The web storybook: web/index.html with the player and the book inline, and beside it the
 * pictures and the narration, so the folder works from a disk, a USB stick or any web server.
 */
export class WebRenderer implements Renderer {
  readonly format = 'web' as const;

  async render({ folder, manifest, onProgress, signal }: RenderContext): Promise<RenderResult> {
    requireFinished(manifest);
    const bundle = await playerBundle().catch((error: unknown) => {
      throw new RenderError('web', `could not build the storybook player: ${(error as Error).message}`, { cause: error });
    });
    const written: string[] = [];
    const total = manifest.scenes.length * 2 + 1;
    for (const [index, steps] of manifest.steps.scenes.entries()) {
      for (const [kind, record] of [['pictures', steps.picture!], ['audio', steps.narration!]] as const) {
        throwIfCancelled(signal);
        const target = webFileName(kind, index, record.file);
        await copyInto(folder, record.file, target);
        written.push(target);
        onProgress?.((written.length / total) * 100);
      }
    }
    const book = buildStorybookData(manifest, {
      picture: (record, index) => webFileName('pictures', index, record.file),
      audio: (record, index) => webFileName('audio', index, record.file),
    });
    throwIfCancelled(signal);
    await folder.writeFile(`${WEB_FOLDER}/index.html`, buildStorybookHtml({ book, ...bundle }));
    await removeStale(folder, new Set(['index.html', ...written]));
    onProgress?.(100);
    return { files: [`${WEB_FOLDER}/index.html`, ...written.map((file) => `${WEB_FOLDER}/${file}`)], warnings: [] };
  }
}
