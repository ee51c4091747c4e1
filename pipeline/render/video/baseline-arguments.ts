import { MOTION_FPS } from './motion-clips';
import type { FrameSize } from './video-size';
import type { VideoTimeline } from './video-timeline';

/**
 * The slideshow recipe a person would write by hand, kept as the yardstick for benchmarks: every
 * picture looped at 25 fps for its scene's duration, letterboxed, concatenated, encoded with
 * libx264's default `medium` preset. Not used to make books.
 */
export function buildBaselineArguments(timeline: VideoTimeline, frame: FrameSize, output: string): string[] {
  const { width, height } = frame;
  const count = timeline.scenes.length;
  const inputs = timeline.scenes.flatMap((scene) => [
    '-loop', '1', '-framerate', String(MOTION_FPS), '-t', (scene.durationMs / 1000).toFixed(3), '-i', scene.picture,
  ]);
  const chains = timeline.scenes.map(
    (scene) => `[${scene.index}:v]scale=${width}:${height}:force_original_aspect_ratio=decrease,pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2,setsar=1[v${scene.index}]`,
  );
  const joined = `${timeline.scenes.map((scene) => `[v${scene.index}]`).join('')}concat=n=${count}:v=1:a=0,format=yuv420p[video]`;
  return [
    '-y',
    ...inputs,
    '-i', timeline.narration,
    '-filter_complex', [...chains, joined].join(';'),
    '-map', '[video]', '-map', `${count}:a:0`,
    '-c:v', 'libx264', '-preset', 'medium',
    '-c:a', 'aac',
    '-shortest',
    '-f', 'mp4', output,
  ];
}
