import { fillsFrame, fitPictureFilter } from './fit-picture-filter';

describe('fitPictureFilter', () => {
  const landscape = { width: 1280, height: 720 };

  it('only scales a picture that already has the frame shape', () => {
    expect(fillsFrame({ width: 1920, height: 1080 }, landscape)).toBe(true);
    expect(fitPictureFilter({ input: '0:v', output: 'fit', picture: { width: 1920, height: 1080 }, frame: landscape })).toBe(
      '[0:v]scale=1280:720,setsar=1,format=yuv420p[fit]',
    );
  });

  it('fits a square picture whole (never stretched) over a blurred copy that covers the frame', () => {
    const graph = fitPictureFilter({ input: '2:v', output: 'fit2', picture: { width: 1024, height: 1024 }, frame: landscape });
    expect(graph).toContain('[2:v]split=2');
    expect(graph).toContain('scale=1280:720:force_original_aspect_ratio=decrease');
    expect(graph).toMatch(/force_original_aspect_ratio=increase,crop=160:90,boxblur=[^,]+,.*scale=1280:720/);
    expect(graph).toContain('overlay=(W-w)/2:(H-h)/2,format=yuv420p[fit2]');
  });

  it('sizes the backdrop for a portrait frame with even dimensions', () => {
    const graph = fitPictureFilter({ input: '0:v', output: 'fit', picture: { width: 1024, height: 1024 }, frame: { width: 1080, height: 1920 } });
    expect(graph).toContain('crop=136:240');
    expect(graph).toContain('scale=1080:1920:force_original_aspect_ratio=decrease');
  });
});
