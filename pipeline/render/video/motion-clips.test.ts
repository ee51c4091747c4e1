import { MOTION_FPS, motionClips } from './motion-clips';
import { sampleTimeline } from './video-timeline.fixture';

const frameOf = (milliseconds: number) => Math.round((milliseconds * MOTION_FPS) / 1000);

describe('motionClips', () => {
  const timeline = sampleTimeline(['A fox ran far away.', 'An owl flew over the hill and the wood.', 'The moon rose.', 'The end.']);
  const starts = timeline.scenes.map((scene) => frameOf(scene.startMs));
  const lastFrame = frameOf(timeline.totalMs);

  it('crossfade: each fade ends on the frame where its scene starts, and the clips overlap by the fade', () => {
    const clips = motionClips(timeline, 'crossfade');
    expect(clips[0]).toMatchObject({ firstFrame: 0, fadeInFrames: 0 });
    for (let index = 1; index < clips.length; index++) {
      expect(clips[index].fadeInFrames).toBeGreaterThan(0);
      expect(clips[index].firstFrame + clips[index].fadeInFrames).toBe(starts[index]);
      const previous = clips[index - 1];
      expect(previous.firstFrame + previous.frames).toBe(starts[index]);
      expect(previous.fadeOutFrames).toBe(clips[index].fadeInFrames);
    }
    const last = clips[clips.length - 1];
    expect(last.firstFrame + last.frames).toBe(lastFrame);
    expect(last.fadeOutFrames).toBe(0);
  });

  it('through black: clips follow each other without gap or overlap, and each fade-in ends at its scene start', () => {
    const clips = motionClips(timeline, 'through-black');
    expect(clips[0].firstFrame).toBe(0);
    for (let index = 1; index < clips.length; index++) {
      expect(clips[index].firstFrame).toBe(clips[index - 1].firstFrame + clips[index - 1].frames);
      expect(clips[index].firstFrame + clips[index].fadeInFrames).toBe(starts[index]);
    }
    expect(clips.reduce((sum, clip) => sum + clip.frames, 0)).toBe(lastFrame);
  });

  it('keeps fades short (at most 0.6 s) and within a third of the shorter scene', () => {
    for (const clip of motionClips(timeline, 'crossfade').slice(1)) {
      const shorter = Math.min(timeline.scenes[clip.index].durationMs, timeline.scenes[clip.index - 1].durationMs);
      expect(clip.fadeInFrames).toBeLessThanOrEqual(0.6 * MOTION_FPS);
      expect(clip.fadeInFrames / MOTION_FPS).toBeLessThanOrEqual((shorter / 1000) * 0.3 + 0.5 / MOTION_FPS);
    }
  });

  it('does not drift on long books: the 40th scene still starts on its own frame', () => {
    const long = sampleTimeline(Array.from({ length: 40 }, (_, index) => `Scene ${index} has a few words, then it ends.`), { msPerWord: 333 });
    const clips = motionClips(long, 'crossfade');
    expect(clips[39].firstFrame + clips[39].fadeInFrames).toBe(frameOf(long.scenes[39].startMs));
  });
});
