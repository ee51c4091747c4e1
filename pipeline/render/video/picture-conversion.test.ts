import { buildConversionArguments, picturesToConvert, withConvertedPictures } from './picture-conversion';
import { sampleTimeline } from './video-timeline.fixture';

describe('picture conversion for still mode', () => {
  it('converts nothing when every picture has the same format, whatever it is', () => {
    const timeline = sampleTimeline(['One.', 'Two.']);
    expect(picturesToConvert(timeline, '/scratch')).toEqual([]);
    timeline.scenes.forEach((scene) => (scene.pictureMimeType = 'image/jpeg'));
    expect(picturesToConvert(timeline, '/scratch')).toEqual([]);
  });

  it('converts the pictures that are not PNG when formats are mixed, in one ffmpeg run', () => {
    const timeline = sampleTimeline(['One.', 'Two.', 'Three.']);
    timeline.scenes[1].pictureMimeType = 'image/jpeg';
    timeline.scenes[1].picture = '/book/scenes/02.jpg';
    const conversions = picturesToConvert(timeline, '/scratch');
    expect(conversions).toEqual([{ index: 1, from: '/book/scenes/02.jpg', to: '/scratch/picture-2.png' }]);
    expect(buildConversionArguments(conversions)).toEqual(['-y', '-xerror', '-i', '/book/scenes/02.jpg', '-map', '0:v:0', '-frames:v', '1', '-c:v', 'png', '-f', 'image2', '/scratch/picture-2.png']);
    const converted = withConvertedPictures(timeline, conversions);
    expect(converted.scenes.map((scene) => scene.picture)).toEqual(['/book/scenes/01.png', '/scratch/picture-2.png', '/book/scenes/03.png']);
    expect(timeline.scenes[1].picture).toBe('/book/scenes/02.jpg');
  });
});
