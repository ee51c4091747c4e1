import { buildBaselineArguments } from './baseline-arguments';
import { buildMotionArguments } from './motion-arguments';
import { buildStillArguments } from './still-arguments';
import type { VideoJob } from './video-job';
import { sampleTimeline } from './video-timeline.fixture';

const timeline = sampleTimeline(['A fox ran far away.', 'An owl flew over the hill.', 'The moon rose high.']);
const frame = { width: 1280, height: 720 };
const files = { concatList: '/work/pictures.ffconcat', subtitles: '/work/book.srt', chapters: '/work/chapters.txt', output: '/work/book.mp4' };
const modern: VideoJob['capabilities'] = { filters: new Set(['xfade', 'zoompan']), fpsMode: true };
const old: VideoJob['capabilities'] = { filters: new Set(['zoompan']), fpsMode: false };

/** The value after an option, e.g. after('-filter_complex'). */
function after(args: string[], option: string, occurrence = 0): string {
  const positions = args.flatMap((arg, index) => (arg === option ? [index] : []));
  return args[positions[occurrence] + 1];
}

describe('still arguments', () => {
  it('reads the pictures through the concat list and keeps their timestamps (variable frame rate)', () => {
    const args = buildStillArguments({ timeline, frame, capabilities: modern, files });
    expect(args.slice(0, 8)).toEqual(['-y', '-xerror', '-f', 'concat', '-safe', '0', '-i', files.concatList]);
    expect(after(args, '-bf')).toBe('0');
    expect(after(args, '-fps_mode')).toBe('vfr');
    expect(after(args, '-tune')).toBe('stillimage');
    expect(after(args, '-c:v')).toBe('libx264');
    expect(after(args, '-filter_complex')).toContain('[0:v]split=2');
    expect(args.slice(-3)).toEqual(['-f', 'mp4', files.output]);
  });

  it('numbers narration, subtitles and chapters inputs 1, 2 and 3', () => {
    const args = buildStillArguments({ timeline, frame, capabilities: modern, files });
    expect(after(args, '-i', 1)).toBe(timeline.narration);
    expect(after(args, '-i', 2)).toBe(files.subtitles);
    expect(after(args, '-i', 3)).toBe(files.chapters);
    expect(after(args, '-map', 1)).toBe('1:a:0');
    expect(after(args, '-map', 2)).toBe('2:s:0');
    expect(after(args, '-map_chapters')).toBe('3');
  });

  it('uses -vsync on an ffmpeg without -fps_mode, and renumbers inputs without subtitles', () => {
    const args = buildStillArguments({ timeline, frame, capabilities: old, files: { ...files, subtitles: undefined } });
    expect(after(args, '-vsync')).toBe('vfr');
    expect(args).not.toContain('-fps_mode');
    expect(args).not.toContain('mov_text');
    expect(after(args, '-map_chapters')).toBe('2');
  });
});

describe('motion arguments', () => {
  it('gives each picture its own input, then narration, subtitles and chapters, at 25 fps', () => {
    const { args, transition } = buildMotionArguments({ timeline, frame, capabilities: modern, files });
    expect(transition).toBe('crossfade');
    timeline.scenes.forEach((scene, index) => expect(after(args, '-i', index)).toBe(scene.picture));
    expect(after(args, '-i', 3)).toBe(timeline.narration);
    expect(after(args, '-map', 1)).toBe('3:a:0');
    expect(after(args, '-map', 2)).toBe('4:s:0');
    expect(after(args, '-map_chapters')).toBe('5');
    expect(after(args, '-r')).toBe('25');
    expect(after(args, '-filter_complex')).toContain('xfade');
  });

  it('fades through black on an ffmpeg without xfade', () => {
    const { args, transition } = buildMotionArguments({ timeline, frame, capabilities: old, files });
    expect(transition).toBe('through-black');
    expect(after(args, '-filter_complex')).toContain('concat=n=3');
  });
});

describe('baseline arguments (benchmark yardstick)', () => {
  it('loops every picture at 25 fps for its scene and encodes with libx264 preset medium', () => {
    const args = buildBaselineArguments(timeline, frame, '/work/baseline.mp4');
    for (const scene of timeline.scenes) {
      const input = args.indexOf(scene.picture);
      expect(args.slice(input - 7, input + 1)).toEqual(['-loop', '1', '-framerate', '25', '-t', (scene.durationMs / 1000).toFixed(3), '-i', scene.picture]);
    }
    expect(after(args, '-preset')).toBe('medium');
    expect(after(args, '-filter_complex')).toContain('concat=n=3:v=1:a=0');
    expect(args[args.length - 1]).toBe('/work/baseline.mp4');
  });
});
