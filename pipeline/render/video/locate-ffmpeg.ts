import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { RenderError } from '../../errors';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The ffmpeg binary the @ffmpeg-installer/ffmpeg package ships for this platform, if any. */
function installerFfmpeg(): string | null {
  try {
    const { path: file } = require('@ffmpeg-installer/ffmpeg') as { path: string };
    return isExecutable(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * Which ffmpeg to run: FFMPEG_PATH when set, else an `ffmpeg` on the PATH (a system ffmpeg is
 * newer and has more filters), else the one bundled by @ffmpeg-installer/ffmpeg. Does not run it.
 */
export function locateFfmpeg(environment: NodeJS.ProcessEnv = process.env): string {
  const chosen = environment.FFMPEG_PATH?.trim();
  if (chosen) {
    if (!isExecutable(chosen)) throw new RenderError('mp4', `FFMPEG_PATH is set to "${chosen}", which is not an executable file`);
    return chosen;
  }
  const name = process.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg';
  for (const folder of (environment.PATH ?? '').split(path.delimiter)) {
    if (folder && isExecutable(path.join(folder, name))) return path.join(folder, name);
  }
  const bundled = installerFfmpeg();
  if (bundled) return bundled;
  throw new RenderError('mp4', 'no ffmpeg was found: install ffmpeg, or set FFMPEG_PATH to an ffmpeg binary');
}
