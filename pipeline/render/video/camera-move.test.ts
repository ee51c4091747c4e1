import { cameraMove, zoomFor } from './camera-move';

const clip = (index: number) => ({ index, firstFrame: 0, frames: 101, fadeInFrames: 0, fadeOutFrames: 0 });
const frame = { width: 1280, height: 720 };

describe('cameraMove', () => {
  it('zooms slowly: 1.5% a second, never more than 12% in a scene', () => {
    expect(zoomFor(2000)).toBe(0.03);
    expect(zoomFor(60_000)).toBe(0.12);
  });

  it('zooms with zoompan over the clip, from the whole frame', () => {
    const move = cameraMove(clip(0), 0.1, frame, true);
    expect(move.fitted).toEqual(frame);
    expect(move.filter).toBe("zoompan=z='1+0.1*min(on/100,1)':x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2':d=1:s=1280x720:fps=25");
  });

  it('pans by sliding a frame-sized window over a picture fitted larger by the zoom', () => {
    const move = cameraMove(clip(3), 0.1, frame, true);
    expect(move.fitted).toEqual({ width: 1408, height: 792 });
    expect(move.filter).toBe("setpts=N/(25*TB),crop=1280:720:x='(iw-ow)*(1-min(n/100,1))':y='(ih-oh)/2',fps=25");
  });

  it('turns zooms into pans when ffmpeg has no zoompan', () => {
    expect(cameraMove(clip(0), 0.1, frame, false).filter).toContain("crop=1280:720:x='(iw-ow)*min(n/100,1)'");
    expect(cameraMove(clip(2), 0.1, frame, false).filter).toContain("crop=1280:720:x='(iw-ow)*(1-min(n/100,1))'");
  });
});
