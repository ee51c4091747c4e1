import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Router, type Response } from 'express';
import type { BookFolder } from '../../pipeline/book-folder';
import { BadInputError, NotFoundError } from '../../pipeline/errors';
import { DOWNLOADS } from '../../web/shared/downloads';
import { formatName } from '../../web/shared/step-label';
import type { AppDeps } from '../app-deps';
import { DownloadParamsSchema, FileParamsSchema } from '../api/request-schemas';
import { slug } from '../books/slug';
import { zipFolder } from '../books/zip-folder';
import { parseInput } from '../http/validate';

/** Types the generic tables get wrong or leave out, for the files a book folder holds. */
const CONTENT_TYPES: Record<string, string> = {
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.vtt': 'text/vtt; charset=utf-8',
  '.srt': 'application/x-subrip; charset=utf-8',
  '.epub': 'application/epub+zip',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A book's pictures, audio and outputs, and its downloads. Nothing outside its folder. */
export function filesRoutes({ store }: AppDeps): Router {
  const router = Router();

  router.get('/:id/files/*path', async (request, response) => {
    const { id, path: segments } = parseInput(FileParamsSchema, request.params, 'params', 'bad_path');
    const folder = await store.open(id);
    const file = await existingFile(folder, segments.join('/'));
    await send(response, file, { download: null });
  });

  router.get('/:id/download/:name', async (request, response) => {
    const { id, name } = parseInput(DownloadParamsSchema, request.params, 'params');
    const folder = await store.open(id);
    const manifest = await folder.read();
    const download = DOWNLOADS.find((entry) => entry.name === name)!;
    const output = manifest.outputs[download.format];
    if (!output) {
      const why = manifest.request.options.formats.includes(download.format) ? `it is not made yet (the book is ${manifest.status})` : `it was not asked for (formats: ${manifest.request.options.formats.join(', ')})`;
      throw new NotFoundError(`this book has no ${formatName(download.format)}: ${why}`);
    }
    const main = await existingFile(folder, output.files[0]);
    const base = slug(manifest.title);
    if (download.format !== 'web') return send(response, main, { download: `${base}${path.extname(main)}` });
    response.attachment(`${base}-web.zip`);
    response.type('application/zip');
    await zipFolder(path.dirname(main), base, response);
  });

  return router;
}

/** The absolute path of a regular file inside the folder, after following any links. */
async function existingFile(folder: BookFolder, relative: string): Promise<string> {
  const absolute = folder.resolve(relative);
  const [real, root] = await Promise.all([fs.realpath(absolute).catch(() => null), fs.realpath(folder.dir)]);
  if (!real) throw new NotFoundError(`this book has no file "${relative}"`);
  if (!real.startsWith(root + path.sep)) throw new BadInputError(`"${relative}" is outside the book folder`, undefined, 'bad_path');
  if (!(await fs.stat(real)).isFile()) throw new NotFoundError(`this book has no file "${relative}"`);
  return real;
}

/** res.sendFile answers Range requests (seeking audio and video) and conditional GETs. */
function send(response: Response, file: string, options: { download: string | null }): Promise<void> {
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()];
  if (type) response.setHeader('Content-Type', type);
  if (options.download) response.attachment(options.download);
  return new Promise((resolve, reject) => {
    response.sendFile(file, { dotfiles: 'allow', cacheControl: true, maxAge: 0 }, (error) => {
      if (!error || response.headersSent) resolve();
      else reject(error);
    });
  });
}
