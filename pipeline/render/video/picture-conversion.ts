import path from 'node:path';
import type { VideoTimeline } from './video-timeline';

export interface PictureConversion {
  index: number;
  from: string;
  to: string;
}

/**
 * The concat demuxer decodes every picture with the decoder of the first one, so a book whose
 * pictures came in different formats (a resumed book drawn by two illustrators) has the
 * pictures that are not PNG converted to PNG first. A book in one format needs nothing.
 */
export function picturesToConvert(timeline: VideoTimeline, folder: string): PictureConversion[] {
  const types = new Set(timeline.scenes.map((scene) => scene.pictureMimeType));
  if (types.size <= 1) return [];
  return timeline.scenes
    .filter((scene) => scene.pictureMimeType !== 'image/png')
    .map((scene) => ({ index: scene.index, from: scene.picture, to: path.join(folder, `picture-${scene.index + 1}.png`) }));
}

/** One ffmpeg run that writes each picture to its PNG: input i goes to output i. */
export function buildConversionArguments(conversions: PictureConversion[]): string[] {
  return [
    '-y', '-xerror',
    ...conversions.flatMap((conversion) => ['-i', conversion.from]),
    ...conversions.flatMap((conversion, position) => ['-map', `${position}:v:0`, '-frames:v', '1', '-c:v', 'png', '-f', 'image2', conversion.to]),
  ];
}

/** The timeline reading the converted pictures in place of the originals. */
export function withConvertedPictures(timeline: VideoTimeline, conversions: PictureConversion[]): VideoTimeline {
  const converted = new Map(conversions.map((conversion) => [conversion.index, conversion.to]));
  return {
    ...timeline,
    scenes: timeline.scenes.map((scene) => (converted.has(scene.index) ? { ...scene, picture: converted.get(scene.index)!, pictureMimeType: 'image/png' } : scene)),
  };
}
