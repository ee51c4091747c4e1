import type { FfmpegCapabilities } from './ffmpeg-capabilities';
import type { FrameSize } from './video-size';
import type { VideoTimeline } from './video-timeline';

/** Everything an argument builder needs; the files are absolute paths, written before ffmpeg runs. */
export interface VideoJob {
  timeline: VideoTimeline;
  frame: FrameSize;
  capabilities: Pick<FfmpegCapabilities, 'filters' | 'fpsMode'> & Partial<Pick<FfmpegCapabilities, 'path' | 'version'>>;
  files: {
    /** The concat-demuxer list (`still` mode only). */
    concatList?: string;
    /** SRT cues; absent when the book has no words to show. */
    subtitles?: string;
    chapters: string;
    output: string;
  };
}
