import { buildMotionFilterGraph } from './motion-filter-graph';
import { motionClips } from './motion-clips';
import { sampleTimeline } from './video-timeline.fixture';

describe('buildMotionFilterGraph', () => {
  const timeline = sampleTimeline(['A fox ran far away.', 'An owl flew over the hill.', 'The moon rose high.']);
  const frame = { width: 1280, height: 720 };

  it('with xfade: fits each input once, loops it for its clip, moves it with zoompan and crossfades at the clip offsets', () => {
    const { graph, transition } = buildMotionFilterGraph({ timeline, frame, filters: { xfade: true, zoompan: true } });
    expect(transition).toBe('crossfade');
    const clips = motionClips(timeline, 'crossfade');
    for (const clip of clips) {
      expect(graph).toContain(`[${clip.index}:v]split=2`);
      expect(graph).toContain(`[fit${clip.index}]loop=loop=${clip.frames - 1}:size=1:start=0,zoompan=`);
    }
    expect(graph).toContain(`[clip0][clip1]xfade=transition=fade:duration=${(clips[1].fadeInFrames / 25).toFixed(3)}:offset=${(clips[1].firstFrame / 25).toFixed(3)}[joined1]`);
    expect(graph).toContain(`[joined1][clip2]xfade=transition=fade:duration=${(clips[2].fadeInFrames / 25).toFixed(3)}:offset=${(clips[2].firstFrame / 25).toFixed(3)}[video]`);
    expect(graph).toMatch(/zoompan=z='[^']+':x='[^']+':y='[^']+':d=1:s=1280x720:fps=25/);
    expect(graph).not.toContain('concat=');
  });

  it('varies the move from scene to scene', () => {
    const { graph } = buildMotionFilterGraph({ timeline, frame, filters: { xfade: true, zoompan: true } });
    const moves = [...graph.matchAll(/zoompan=z='([^']+)':x='([^']+)'/g)].map((match) => `${match[1]}|${match[2]}`);
    expect(new Set(moves).size).toBe(3);
  });

  it('without xfade: fades each clip through black and joins them with concat', () => {
    const { graph, transition } = buildMotionFilterGraph({ timeline, frame, filters: { xfade: false, zoompan: true } });
    expect(transition).toBe('through-black');
    expect(graph).not.toContain('xfade');
    expect(graph).toContain('[clip0][clip1][clip2]concat=n=3:v=1:a=0[video]');
    const clips = motionClips(timeline, 'through-black');
    expect(graph).toContain(`fade=t=out:start_frame=${clips[0].frames - clips[0].fadeOutFrames}:nb_frames=${clips[0].fadeOutFrames}[clip0]`);
    expect(graph).toContain(`fade=t=in:start_frame=0:nb_frames=${clips[1].fadeInFrames}`);
  });

  it('without zoompan: pans a frame-sized crop across a picture fitted slightly larger', () => {
    const { graph } = buildMotionFilterGraph({ timeline, frame, filters: { xfade: false, zoompan: false } });
    expect(graph).not.toContain('zoompan');
    expect(graph).toMatch(/crop=1280:720:x='\(iw-ow\)\*min\(n\/\d+,1\)'/);
    expect(graph).toMatch(/scale=1\d\d\d:7\d\d:force_original_aspect_ratio=decrease/);
  });

  it('passes a single scene straight through', () => {
    const { graph } = buildMotionFilterGraph({ timeline: sampleTimeline(['Only one scene here.']), frame, filters: { xfade: true, zoompan: true } });
    expect(graph).toContain('[clip0]null[video]');
  });
});
