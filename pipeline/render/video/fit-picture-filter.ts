import type { FrameSize } from './video-size';

/**
 * swscale turns the RGB pictures into YUV with the BT.601 matrix. Untagged, a browser decodes a
 * 720p video as BT.709 and every colour shifts (a red #d9453b showed as #e6533a in Chromium), so
 * the stream says which matrix it uses, with sRGB's primaries and transfer.
 */
export const COLOUR_TAGS = ['-colorspace', 'smpte170m', '-color_primaries', 'bt709', '-color_trc', 'iec61966-2-1'];

/** How much smaller the blurred backdrop is drawn before being stretched back: cheap, and blurrier. */
const BACKDROP_SHRINK = 8;

export interface FitPictureOptions {
  /** Filter-graph label of the picture, without brackets ("0:v"). */
  input: string;
  /** Label the fitted frame gets. */
  output: string;
  picture: { width: number; height: number };
  frame: FrameSize;
}

/** True when the picture already has the frame's shape (within 1%), so nothing shows behind it. */
export function fillsFrame(picture: { width: number; height: number }, frame: FrameSize): boolean {
  return Math.abs(picture.width / picture.height / (frame.width / frame.height) - 1) < 0.01;
}

/**
 * Fits a picture into the frame without stretching it: scaled to fit whole and centred over a
 * blurred, darkened copy of itself that covers the frame (no black bars). Ends in yuv420p, square
 * pixels. The backdrop is blurred at 1/8 size, which costs next to nothing per picture.
 */
export function fitPictureFilter({ input, output, picture, frame }: FitPictureOptions): string {
  const { width, height } = frame;
  if (fillsFrame(picture, frame)) {
    return `[${input}]scale=${width}:${height},setsar=1,format=yuv420p[${output}]`;
  }
  const smallWidth = Math.round(width / BACKDROP_SHRINK / 2) * 2;
  const smallHeight = Math.round(height / BACKDROP_SHRINK / 2) * 2;
  const front = `${output}_front`;
  const back = `${output}_back`;
  return [
    `[${input}]split=2[${front}_in][${back}_in]`,
    `[${back}_in]scale=${smallWidth}:${smallHeight}:force_original_aspect_ratio=increase,crop=${smallWidth}:${smallHeight},` +
      `boxblur=4:2,eq=brightness=-0.08,scale=${width}:${height},setsar=1[${back}]`,
    `[${front}_in]scale=${width}:${height}:force_original_aspect_ratio=decrease,setsar=1[${front}]`,
    `[${back}][${front}]overlay=(W-w)/2:(H-h)/2,format=yuv420p[${output}]`,
  ].join(';');
}
