import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const FFPROBE = process.env.FFPROBE_PATH ?? 'ffprobe';
const FFMPEG = process.env.TEST_FFMPEG_PATH ?? 'ffmpeg';

export interface ProbedVideo {
  format: { duration: string };
  streams: { index: number; codec_type: string; codec_name: string; width?: number; height?: number; duration?: string; r_frame_rate: string; color_space?: string; color_primaries?: string; color_transfer?: string; tags?: Record<string, string> }[];
  chapters: { start_time: string; end_time: string; tags: { title: string } }[];
}

/** ffprobe's view of a file: streams, container duration and chapters. */
export async function probeVideo(file: string): Promise<ProbedVideo> {
  const { stdout } = await run(FFPROBE, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '-show_chapters', file]);
  return JSON.parse(stdout) as ProbedVideo;
}

/** The subtitle track inside the MP4, converted back to SRT text by ffmpeg. */
export async function extractSubtitles(file: string): Promise<string> {
  const { stdout } = await run(FFMPEG, ['-v', 'error', '-i', file, '-map', '0:s:0', '-f', 'srt', '-']);
  return stdout;
}

export type Rgb = [number, number, number];
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The average colour of `region` in the frame on screen at each time (seconds). The video is
 * first turned into a steady 25 fps, so a still-mode video whose frames are seconds apart is
 * sampled at what a player would show at that moment.
 */
export async function sampleColours(file: string, times: number[], region: Region): Promise<Rgb[]> {
  const frames = times.map((time) => Math.round(time * 25));
  const select = frames.map((frame) => `eq(n\\,${frame})`).join('+');
  const filter = `fps=25,select='${select}',crop=${region.width}:${region.height}:${region.x}:${region.y},scale=1:1:flags=area`;
  const { stdout } = await run(FFMPEG, ['-v', 'error', '-i', file, '-vf', filter, '-vsync', '0', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { encoding: 'buffer', maxBuffer: 1 << 20 });
  const colours: Rgb[] = [];
  for (let offset = 0; offset + 3 <= stdout.length; offset += 3) colours.push([stdout[offset], stdout[offset + 1], stdout[offset + 2]]);
  return colours;
}

export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Which of `palette` a colour is nearest to (by squared RGB distance). */
export function nearestColour(colour: Rgb, palette: string[]): string {
  const distance = (hex: string) => hexToRgb(hex).reduce((sum, channel, index) => sum + (channel - colour[index]) ** 2, 0);
  return palette.reduce((best, hex) => (distance(hex) < distance(best) ? hex : best));
}

/** Ids of running processes whose command line mentions `text` (read from /proc, Linux only). */
export async function processesMentioning(text: string): Promise<number[]> {
  const { readdir, readFile } = await import('node:fs/promises');
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const commandLine = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (commandLine.includes(text)) found.push(Number(entry));
  }
  return found;
}
