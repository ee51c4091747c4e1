import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BookFolder } from '../../book-folder';
import { RenderError, throwIfCancelled } from '../../errors';
import type { Manifest, NarrationRecord } from '../../model';
import type { RenderContext, RenderResult, Renderer } from '../renderer';
import { buildStorybookData } from './build-storybook-data';
import { buildStorybookHtml } from './build-storybook-html';
import { encodeMp3, encodeMp3s, findMp3Encoder } from './encode-mp3';
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

/** The narration as MP3 (a tenth of the size) when ffmpeg can make it, else the WAV as it is. */
async function writeAudio(folder: BookFolder, record: NarrationRecord, index: number, encoder: string | null, signal?: AbortSignal): Promise<string> {
  if (!encoder) {
    const target = webFileName('audio', index, record.file);
    await copyInto(folder, record.file, target);
    return target;
  }
  const target = webFileName('audio', index, 'narration.mp3');
  const output = folder.resolve(`${WEB_FOLDER}/${target}`);
  await fs.mkdir(path.dirname(output), { recursive: true });
  await encodeMp3(folder.resolve(record.file), output, { encoder, format: 'web', signal });
  return target;
}

/** Every scene's narration as MP3, in as few ffmpeg runs as possible (see encodeMp3s), or the WAVs as they are. */
async function writeAudios(folder: BookFolder, records: NarrationRecord[], encoder: string | null, signal: AbortSignal | undefined, onEncoded: (count: number) => void): Promise<string[]> {
  if (!encoder) {
    const targets: string[] = [];
    for (const [index, record] of records.entries()) targets.push(await writeAudio(folder, record, index, null, signal));
    return targets;
  }
  const targets = records.map((_, index) => webFileName('audio', index, 'narration.mp3'));
  await fs.mkdir(folder.resolve(`${WEB_FOLDER}/audio`), { recursive: true });
  const files = records.map((record, index) => ({ input: folder.resolve(record.file), output: folder.resolve(`${WEB_FOLDER}/${targets[index]}`) }));
  await encodeMp3s(files, { encoder, format: 'web', signal, onEncoded });
  return targets;
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
    const warnings: string[] = [];
    const encoder = await findMp3Encoder('web').catch((error: unknown) => {
      warnings.push(`the web book's narration is WAV, which is large, because ${(error as Error).message}`);
      return null;
    });
    const pictures: string[] = [];
    const total = manifest.scenes.length * 2 + 1;
    for (const [index, steps] of manifest.steps.scenes.entries()) {
      throwIfCancelled(signal);
      pictures[index] = webFileName('pictures', index, steps.picture!.file);
      await copyInto(folder, steps.picture!.file, pictures[index]);
      onProgress?.(((index + 1) / total) * 100);
    }
    throwIfCancelled(signal);
    const narrations = manifest.steps.scenes.map((steps) => steps.narration!);
    const audio = await writeAudios(folder, narrations, encoder, signal, (count) => onProgress?.(((pictures.length + count) / total) * 100));
    const written = pictures.flatMap((picture, index) => [picture, audio[index]]);
    const book = buildStorybookData(manifest, { picture: (_, index) => pictures[index], audio: (_, index) => audio[index] });
    throwIfCancelled(signal);
    await folder.writeFile(`${WEB_FOLDER}/index.html`, buildStorybookHtml({ book, ...bundle }));
    await removeStale(folder, new Set(['index.html', ...written]));
    onProgress?.(100);
    return { files: [`${WEB_FOLDER}/index.html`, ...written.map((file) => `${WEB_FOLDER}/${file}`)], warnings };
  }
}
