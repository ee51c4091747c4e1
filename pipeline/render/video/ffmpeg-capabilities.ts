/** What one ffmpeg binary can do, read from its own listings so nothing is assumed from a version. */
export interface FfmpegCapabilities {
  path: string;
  /** The version as ffmpeg prints it ("5.1.9-0+deb12u1", "N-47683-g0e8eb07980-static"). */
  version: string;
  filters: Set<string>;
  encoders: Set<string>;
  /** `-fps_mode` exists (ffmpeg 5.0 and later); older builds only know `-vsync`. */
  fpsMode: boolean;
}

/** "ffmpeg version 5.1.9-0+deb12u1 Copyright …" → "5.1.9-0+deb12u1". */
export function parseVersion(output: string): string {
  return /ffmpeg version (\S+)/.exec(output)?.[1] ?? 'unknown';
}

/**
 * Names from `-filters` or `-encoders`: each entry line is flags, a name, then a description
 * (" .S. xfade  VV->V  Cross fade…", " V....D libx264  libx264 H.264…"). Legend lines
 * ("  T.. = Timeline support") have "=" where a name would be, so they never match.
 */
export function parseListing(output: string): Set<string> {
  const names = new Set<string>();
  for (const line of output.split('\n')) {
    const match = /^\s*([A-Z.|]{3,6})\s+([\w-]+)\s/.exec(line);
    if (match) names.add(match[2]);
  }
  return names;
}

export function parseCapabilities(path: string, outputs: { version: string; filters: string; encoders: string; help: string }): FfmpegCapabilities {
  return {
    path,
    version: parseVersion(outputs.version),
    filters: parseListing(outputs.filters),
    encoders: parseListing(outputs.encoders),
    fpsMode: /^-fps_mode\b/m.test(outputs.help),
  };
}

/** The option that sets how frames are timed: `-fps_mode` where it exists, `-vsync` before it. */
export function frameTimingArguments(capabilities: Pick<FfmpegCapabilities, 'fpsMode'>, mode: 'vfr' | 'cfr'): string[] {
  return capabilities.fpsMode ? ['-fps_mode', mode] : ['-vsync', mode];
}
