import { videoSize } from './video-size';

describe('videoSize', () => {
  it('is 1280×720 by default and for 16:9', () => {
    expect(videoSize()).toEqual({ width: 1280, height: 720 });
    expect(videoSize('16:9')).toEqual({ width: 1280, height: 720 });
  });

  it('is 1080×1920 for phones (9:16) and 1080×1080 for 1:1', () => {
    expect(videoSize('9:16')).toEqual({ width: 1080, height: 1920 });
    expect(videoSize('1:1')).toEqual({ width: 1080, height: 1080 });
  });

  it('keeps every size even, as yuv420p needs', () => {
    for (const aspect of ['16:9', '9:16', '1:1'] as const) {
      const { width, height } = videoSize(aspect);
      expect(width % 2 + height % 2).toBe(0);
    }
  });
});
