import { buildMotionFilterGraph } from './motion-filter-graph';
import { motionClips } from './motion-clips';
import { sampleTimeline } from './video-timeline.fixture';

describe('buildMotionFilterGraph', () => {
  const timeline = sampleTimeline(['A fox ran far away.', 'An owl flew over the hill.', 'The moon rose high.']);
  const frame = { width: 1280, height: 720 };

  it('fits each input once and loops it for its clip', () => {
    const { graph } = buildMotionFilterGraph({ timeline, frame, filters: { xfade: true, zoompan: true } });
    for (const clip of motionClips(timeline, 'crossfade')) {
      expect(graph).toContain(`[${clip.index}:v]split=2`);
      expect(graph).toContain(`[fit${clip.index}]loop=loop=${clip.frames - 1}:size=1:start=0,`);
    }
  });

  it('with xfade: cuts each clip into head, body and tail, crossfades tail into head, and concatenates in order', () => {
    const { graph, transition } = buildMotionFilterGraph({ timeline, frame, filters: { xfade: true, zoompan: true } });
    expect(transition).toBe('crossfade');
    const [first, second, third] = motionClips(timeline, 'crossfade');
    expect(graph).toContain(`[clip0]split=2[body0_in][tail0_in]`);
    expect(graph).toContain(`[clip1]split=3[head1_in][body1_in][tail1_in]`);
    expect(graph).toContain(`[clip2]split=2[head2_in][body2_in]`);
    expect(graph).toContain(`[tail0_in]trim=start_frame=${first.frames - first.fadeOutFrames}:end_frame=${first.frames},setpts=PTS-STARTPTS[tail0]`);
    expect(graph).toContain(`[body1_in]trim=start_frame=${second.fadeInFrames}:end_frame=${second.frames - second.fadeOutFrames},setpts=PTS-STARTPTS[body1]`);
    expect(graph).toContain(
      `[tail0][head1]xfade=transition=fade:duration=${(second.fadeInFrames / 25).toFixed(3)}:offset=0,setpts=N/(25*TB),trim=end_frame=${second.fadeInFrames}[fade1]`,
    );
    expect(graph).toContain(`[tail1][head2]xfade=transition=fade:duration=${(third.fadeInFrames / 25).toFixed(3)}:offset=0`);
    expect(graph).toContain('[body0][fade1][body1][fade2][body2]concat=n=5:v=1:a=0[video]');
  });

  it('alternates zooming in, panning right, zooming out and panning left', () => {
    const four = sampleTimeline(['A fox ran far away.', 'An owl flew over the hill.', 'The moon rose high.', 'They all went home.']);
    const { graph } = buildMotionFilterGraph({ timeline: four, frame, filters: { xfade: true, zoompan: true } });
    const zooms = [...graph.matchAll(/zoompan=z='([^']+)'/g)].map((match) => match[1]);
    expect(zooms).toHaveLength(2);
    expect(zooms[0]).toMatch(/^1\+[\d.]+\*min\(on\/\d+,1\)$/);
    expect(zooms[1]).toMatch(/^1\+[\d.]+\*\(1-min\(on\/\d+,1\)\)$/);
    const pans = [...graph.matchAll(/crop=1280:720:x='([^']+)'/g)].map((match) => match[1]);
    expect(pans).toHaveLength(2);
    expect(pans[0]).toMatch(/^\(iw-ow\)\*min\(n\/\d+,1\)$/);
    expect(pans[1]).toMatch(/^\(iw-ow\)\*\(1-min\(n\/\d+,1\)\)$/);
  });

  it('fits a panned picture a little larger than the frame, so the window has room to slide', () => {
    const { graph } = buildMotionFilterGraph({ timeline, frame, filters: { xfade: true, zoompan: true } });
    expect(graph).toMatch(/\[fit1_front_in\]scale=1\d\d\d:7\d\d:force_original_aspect_ratio=decrease/);
    expect(graph).toContain('[fit0_front_in]scale=1280:720:force_original_aspect_ratio=decrease');
  });

  it('without xfade: fades each clip through black and joins them with concat', () => {
    const { graph, transition } = buildMotionFilterGraph({ timeline, frame, filters: { xfade: false, zoompan: true } });
    expect(transition).toBe('through-black');
    expect(graph).not.toContain('xfade');
    expect(graph).toContain('[faded0][faded1][faded2]concat=n=3:v=1:a=0[video]');
    const clips = motionClips(timeline, 'through-black');
    expect(graph).toContain(`[clip0]fade=t=out:start_frame=${clips[0].frames - clips[0].fadeOutFrames}:nb_frames=${clips[0].fadeOutFrames}[faded0]`);
    expect(graph).toContain(`[clip1]fade=t=in:start_frame=0:nb_frames=${clips[1].fadeInFrames},fade=t=out:`);
  });

  it('without zoompan: every clip pans a frame-sized crop across a picture fitted slightly larger', () => {
    const { graph } = buildMotionFilterGraph({ timeline, frame, filters: { xfade: false, zoompan: false } });
    expect(graph).not.toContain('zoompan');
    expect(graph.match(/crop=1280:720:x=/g)).toHaveLength(3);
  });

  it('passes a single scene straight through', () => {
    const { graph } = buildMotionFilterGraph({ timeline: sampleTimeline(['Only one scene here.']), frame, filters: { xfade: true, zoompan: true } });
    expect(graph).toContain('[clip0]null[video]');
    expect(graph).not.toContain('concat');
  });
});
