import { frameTimingArguments, parseCapabilities, parseListing, parseVersion } from './ffmpeg-capabilities';

// Excerpts of what ffmpeg 5.1 (Debian) and the 2018 static build print.
const FILTERS_5_1 = `Filters:
  T.. = Timeline support
  .S. = Slice threading
  A = Audio input/output
  | = Source or sink filter
 ... tpad              V->V       Temporarily pad video frames.
 .S. xfade             VV->V      Cross fade one video with another video.
 ... xfade_opencl      VV->V      Cross fade one video with another video.
 ... zoompan           V->V       Apply Zoom & Pan effect.
 ... nullsrc           |->V       Null video source, return unprocessed video frames.
`;
const FILTERS_2018 = `Filters:
  T.. = Timeline support
 ... zoompan           V->V       Apply Zoom & Pan effect.
 T.. boxblur           V->V       Blur the input.
`;
const ENCODERS = `Encoders:
 V..... = Video
 ------
 V....D libx264              libx264 H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10 (codec h264)
 A..... aac                  AAC (Advanced Audio Coding)
 S..... mov_text             3GPP Timed Text subtitle
`;

describe('ffmpeg capabilities', () => {
  it('reads filter and encoder names, not the legend', () => {
    const filters = parseListing(FILTERS_5_1);
    expect([...filters]).toEqual(['tpad', 'xfade', 'xfade_opencl', 'zoompan', 'nullsrc']);
    expect(parseListing(ENCODERS)).toEqual(new Set(['libx264', 'aac', 'mov_text']));
  });

  it('tells an ffmpeg with xfade from the 2018 build without it', () => {
    expect(parseListing(FILTERS_5_1).has('xfade')).toBe(true);
    const old = parseListing(FILTERS_2018);
    expect(old.has('xfade')).toBe(false);
    expect(old.has('zoompan')).toBe(true);
  });

  it('reads the version and whether -fps_mode exists', () => {
    expect(parseVersion('ffmpeg version 5.1.9-0+deb12u1 Copyright (c) 2000-2026')).toBe('5.1.9-0+deb12u1');
    expect(parseVersion('ffmpeg version N-47683-g0e8eb07980-static https://johnvansickle.com/ffmpeg/')).toBe('N-47683-g0e8eb07980-static');
    const modern = parseCapabilities('/usr/bin/ffmpeg', { version: '', filters: '', encoders: '', help: '-vsync  set video sync method globally; deprecated, use -fps_mode\n-fps_mode  set framerate mode' });
    const old = parseCapabilities('/old/ffmpeg', { version: '', filters: '', encoders: '', help: '-vsync              video sync method\n' });
    expect(modern.fpsMode).toBe(true);
    expect(old.fpsMode).toBe(false);
    expect(frameTimingArguments(modern, 'vfr')).toEqual(['-fps_mode', 'vfr']);
    expect(frameTimingArguments(old, 'vfr')).toEqual(['-vsync', 'vfr']);
  });
});
