import type { VideoAspect } from '../../model';

export interface FrameSize {
  width: number;
  height: number;
}

/** Frame sizes per aspect: 720p for landscape keeps `motion` fast; phones and squares get 1080 wide. */
export const VIDEO_SIZES: Record<VideoAspect, FrameSize> = {
  '16:9': { width: 1280, height: 720 },
  '9:16': { width: 1080, height: 1920 },
  '1:1': { width: 1080, height: 1080 },
};

export function videoSize(aspect: VideoAspect = '16:9'): FrameSize {
  return VIDEO_SIZES[aspect];
}
