import type { WatercolourTextures } from './art-library';
import { rasterize } from './rasterize';

/**
 * The watercolour style's noise, made once per worker. resvg's feTurbulence costs ~300 ms over a
 * whole 1024×1024 picture; a 256×256 tile costs ~20 ms, and a picture then only decodes it
 * (stretched for the wobble, tiled for the paper grain). Same seeds every time, so same bytes.
 */
let made: WatercolourTextures | undefined;

function noiseTile(frequency: number, octaves: number, seed: number, matrix: string): string {
  const size = 256;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><filter id="n" x="0" y="0" width="${size}" height="${size}" filterUnits="userSpaceOnUse" color-interpolation-filters="sRGB"><feTurbulence type="fractalNoise" baseFrequency="${frequency}" numOctaves="${octaves}" seed="${seed}" stitchTiles="stitch"/><feColorMatrix type="matrix" values="${matrix}"/></filter><rect width="${size}" height="${size}" filter="url(#n)"/></svg>`;
  return `data:image/png;base64,${Buffer.from(rasterize(svg)).toString('base64')}`;
}

export function makeWatercolourTextures(): WatercolourTextures {
  made ??= {
    wobble: noiseTile(0.03, 2, 3, '1 0 0 0 0 0 1 0 0 0 0 0 1 0 0 0 0 0 0 1'),
    // Soft blotches of warm pigment, like a wash drying unevenly.
    wash: noiseTile(0.012, 2, 11, '0 0 0 0 0.5 0 0 0 0 0.38 0 0 0 0 0.3 0.55 0 0 0 -0.18'),
    // Warm brown specks whose opacity follows the noise, most of them nearly clear.
    paper: noiseTile(0.45, 2, 5, '0 0 0 0 0.42 0 0 0 0 0.33 0 0 0 0 0.22 -0.9 0 0 0 0.52'),
  };
  return made;
}
