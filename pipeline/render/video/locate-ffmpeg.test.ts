import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RenderError } from '../../errors';
import { locateFfmpeg } from './locate-ffmpeg';

describe('locateFfmpeg', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'storyloom-locate-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  async function fakeBinary(folder: string): Promise<string> {
    await fs.mkdir(folder, { recursive: true });
    const file = path.join(folder, 'ffmpeg');
    await fs.writeFile(file, '#!/bin/sh\n', { mode: 0o755 });
    return file;
  }

  it('uses FFMPEG_PATH first', async () => {
    const chosen = await fakeBinary(path.join(dir, 'chosen'));
    await fakeBinary(path.join(dir, 'bin'));
    expect(locateFfmpeg({ FFMPEG_PATH: chosen, PATH: path.join(dir, 'bin') })).toBe(chosen);
  });

  it('says clearly when FFMPEG_PATH points at nothing runnable', () => {
    const missing = path.join(dir, 'nope');
    expect(() => locateFfmpeg({ FFMPEG_PATH: missing })).toThrow(RenderError);
    expect(() => locateFfmpeg({ FFMPEG_PATH: missing })).toThrow(`FFMPEG_PATH is set to "${missing}", which is not an executable file`);
  });

  it('then looks for ffmpeg on the PATH, skipping folders without it', async () => {
    const found = await fakeBinary(path.join(dir, 'second'));
    expect(locateFfmpeg({ PATH: [path.join(dir, 'first'), path.join(dir, 'second')].join(path.delimiter) })).toBe(found);
  });

  it('falls back to the binary of @ffmpeg-installer/ffmpeg', () => {
    const { path: bundled } = require('@ffmpeg-installer/ffmpeg') as { path: string };
    expect(locateFfmpeg({ PATH: path.join(dir, 'empty') })).toBe(bundled);
  });
});
