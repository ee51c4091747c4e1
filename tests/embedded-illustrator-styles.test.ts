import { decodePng, type DecodedPng } from '../pipeline/providers/contracts/png-image';
import { loadArtLibrary } from '../pipeline/providers/embedded/illustrator/art-library';
import { rasterize } from '../pipeline/providers/embedded/illustrator/rasterize';
import { drawScene, type SceneDrawingRequest } from '../pipeline/providers/embedded/illustrator/scene-drawing';
import { bibleOf, testScene } from '../pipeline/providers/embedded/illustrator/test-art';

// resvg must really apply the filters the styles are made of, or the styles silently look alike.
const request = (style: SceneDrawingRequest['style']): SceneDrawingRequest => ({
  scene: testScene({ setting: 'meadow', timeOfDay: 'day', characters: ['fox'], objects: ['apple'] }),
  bible: bibleOf({ id: 'fox', kind: 'fox' }),
  style,
  size: 'landscape',
  seed: 4,
});

function differingShare(a: DecodedPng, b: DecodedPng): number {
  let differing = 0;
  for (let index = 0; index < a.pixels.length; index += 4) {
    const distance = Math.abs(a.pixels[index] - b.pixels[index]) + Math.abs(a.pixels[index + 1] - b.pixels[index + 1]) + Math.abs(a.pixels[index + 2] - b.pixels[index + 2]);
    if (distance > 24) differing++;
  }
  return differing / (a.pixels.length / 4);
}

function darkShare(png: DecodedPng, below: number): number {
  let dark = 0;
  for (let index = 0; index < png.pixels.length; index += 4) if (png.pixels[index] + png.pixels[index + 1] + png.pixels[index + 2] < below * 3) dark++;
  return dark / (png.pixels.length / 4);
}

describe('art styles as resvg draws them', () => {
  const art = loadArtLibrary();

  it('watercolour: the displacement filter and the paper really change the picture', () => {
    const svg = drawScene(art, request('watercolour')).svg;
    const withoutFilters = svg.replace(/<g filter="url\(#w\d+\)">/, '<g>').replace(/fill="url\(#p\d+\)"/, 'fill="none"');
    expect(svg).not.toBe(withoutFilters);
    expect(differingShare(decodePng(rasterize(svg)), decodePng(rasterize(withoutFilters)))).toBeGreaterThan(0.02);
  });

  it('silhouette: figures and land are filled with dark ink, unlike the picture-book style', () => {
    const silhouette = decodePng(rasterize(drawScene(art, request('silhouette')).svg));
    const pictureBook = decodePng(rasterize(drawScene(art, request('picture-book')).svg));
    expect(darkShare(silhouette, 70)).toBeGreaterThan(0.3);
    expect(darkShare(pictureBook, 70)).toBeLessThan(0.05);
  });

  it('flat and picture-book differ, though they show the same scene', () => {
    const flat = decodePng(rasterize(drawScene(art, request('flat')).svg));
    const pictureBook = decodePng(rasterize(drawScene(art, request('picture-book')).svg));
    expect(differingShare(flat, pictureBook)).toBeGreaterThan(0.05);
  });
});
