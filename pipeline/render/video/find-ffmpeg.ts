import { parseCapabilities, type FfmpegCapabilities } from './ffmpeg-capabilities';
import { locateFfmpeg } from './locate-ffmpeg';
import { readFfmpegOutput } from './run-ffmpeg';

const probes = new Map<string, Promise<FfmpegCapabilities>>();

/**
 * The ffmpeg to use and what it can do. Each binary is probed once per process (four quick
 * listings, run side by side); later calls share the answer. A failed probe is forgotten, so the
 * next call tries again.
 */
export function findFfmpeg(environment: NodeJS.ProcessEnv = process.env): Promise<FfmpegCapabilities> {
  let binary: string;
  try {
    binary = locateFfmpeg(environment);
  } catch (error) {
    return Promise.reject(error);
  }
  let probe = probes.get(binary);
  if (!probe) {
    probe = Promise.all([
      readFfmpegOutput(binary, ['-version']),
      readFfmpegOutput(binary, ['-filters']),
      readFfmpegOutput(binary, ['-encoders']),
      readFfmpegOutput(binary, ['-h', 'long']),
    ]).then(([version, filters, encoders, help]) => parseCapabilities(binary, { version, filters, encoders, help }));
    probes.set(binary, probe);
    probe.catch(() => probes.delete(binary));
  }
  return probe;
}
