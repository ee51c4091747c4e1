import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RenderError, throwIfCancelled } from '../../errors';
import type { Manifest } from '../../model';
import type { RenderContext, RenderResult, Renderer } from '../renderer';
import { encodeMp3s, findMp3Encoder } from '../web/encode-mp3';
import { buildEpubFiles } from './build-epub-files';
import { planEpub } from './plan-epub';
import { writeEpubZip, type ZipEntry } from './write-epub-zip';

export const EPUB_FILE = 'book.epub';

/** The picture types every EPUB 3 reader must show (EPUB core media types). */
const CORE_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/svg+xml']);

function requireFinished(manifest: Manifest): void {
  if (manifest.scenes.length === 0) throw new RenderError('epub', 'the book has no scenes yet, so there is no EPUB to make');
  manifest.scenes.forEach((_, index) => {
    const steps = manifest.steps.scenes[index];
    if (!steps?.picture || !steps.narration) throw new RenderError('epub', `scene ${index + 1} has no picture or narration yet, so the EPUB cannot be made`);
    if (!CORE_IMAGE_TYPES.has(steps.picture.mimeType)) throw new RenderError('epub', `scene ${index + 1}'s picture is ${steps.picture.mimeType}, which EPUB readers need not show (PNG, JPEG, GIF or SVG only)`);
  });
}

/**
 * book.epub: a fixed-layout EPUB 3 picture book with Media Overlays, so readers that support
 * them read it aloud and light up each word. The narration is encoded to MP3 (the only core
 * audio type besides AAC/MP4) in a scratch folder, then everything is zipped.
 */
export class EpubRenderer implements Renderer {
  readonly format = 'epub' as const;

  async render({ folder, manifest, onProgress, signal }: RenderContext): Promise<RenderResult> {
    requireFinished(manifest);
    const encoder = await findMp3Encoder('epub');
    const modified = new Date();
    const plan = planEpub(manifest, { modified, audioExtension: 'mp3' });
    const { texts, media } = buildEpubFiles(plan);
    const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'storyloom-epub-'));
    try {
      const entries: ZipEntry[] = [...texts];
      // Every narration in as few ffmpeg runs as possible (see encodeMp3s); pictures go in as they are.
      const audio: { input: string; output: string }[] = [];
      for (const item of media) {
        const file = item.kind === 'picture' ? folder.resolve(item.source) : path.join(scratch, path.basename(item.path));
        if (item.kind !== 'picture') audio.push({ input: folder.resolve(item.source), output: file });
        entries.push({ path: item.path, file });
      }
      const pictures = media.length - audio.length;
      throwIfCancelled(signal);
      await encodeMp3s(audio, { encoder, format: 'epub', signal, onEncoded: (count) => onProgress?.(((pictures + count) / (media.length + 1)) * 100) });
      throwIfCancelled(signal);
      await writeEpubZip(folder.resolve(EPUB_FILE), entries, modified).catch((error: unknown) => {
        throw new RenderError('epub', `could not write ${EPUB_FILE}: ${(error as Error).message}`, { cause: error });
      });
    } finally {
      await fs.rm(scratch, { recursive: true, force: true });
    }
    onProgress?.(100);
    return { files: [EPUB_FILE], warnings: [] };
  }
}
