import type { WatercolourTextures } from './art-library';
import { encodePng } from './png-encoding';
import { createRandom, type Random } from '../../../seeded-random';

/**
 * The watercolour style's noise, made once per worker as small tiles that repeat without seams:
 * every wave in them has a whole number of periods across the tile. (resvg's feTurbulence costs
 * ~300 ms over a whole picture and its stitchTiles still leaves seams; stretching one big image
 * costs ~50 ms.) The wobble tile feeds feDisplacementMap through feTile; the paper tile, fine
 * grain and soft blotches of pigment, is a pattern over the picture. Fixed seeds: same bytes.
 */
export const WOBBLE_TILE = 256;
export const PAPER_TILE = 512;

let made: WatercolourTextures | undefined;

/** A smooth periodic field in [0, 1]: a few cosine waves with whole-number frequencies. */
function periodicField(size: number, random: Random, waves: number, maxFrequency: number): Float32Array {
  const terms = Array.from({ length: waves }, () => ({
    x: random.integer(-maxFrequency, maxFrequency),
    y: random.integer(1, maxFrequency),
    phase: random.between(0, 2 * Math.PI),
    weight: random.between(0.5, 1),
  }));
  const field = new Float32Array(size * size);
  const total = terms.reduce((sum, term) => sum + term.weight, 0);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let value = 0;
      for (const term of terms) value += term.weight * Math.cos((2 * Math.PI * (term.x * x + term.y * y)) / size + term.phase);
      field[y * size + x] = 0.5 + (0.5 * value) / total;
    }
  }
  return field;
}

function dataUrl(size: number, pixels: Uint8Array): string {
  return `data:image/png;base64,${encodePng(size, size, pixels).toString('base64')}`;
}

function wobbleTile(): string {
  const random = createRandom('watercolour-wobble');
  const [red, green] = [periodicField(WOBBLE_TILE, random, 6, 3), periodicField(WOBBLE_TILE, random, 6, 3)];
  const pixels = new Uint8Array(WOBBLE_TILE * WOBBLE_TILE * 4);
  for (let index = 0; index < red.length; index++) pixels.set([red[index] * 255, green[index] * 255, 128, 255], index * 4);
  return dataUrl(WOBBLE_TILE, pixels);
}

function paperTile(): string {
  const random = createRandom('watercolour-paper');
  const blotches = periodicField(PAPER_TILE, random, 7, 3);
  const pixels = new Uint8Array(PAPER_TILE * PAPER_TILE * 4);
  for (let index = 0; index < blotches.length; index++) {
    // Pigment pools where the field is high; grain specks are scattered everywhere, faint.
    const pigment = Math.max(0, blotches[index] - 0.55) * 0.55;
    const speck = random.next() < 0.3 ? random.between(0.03, 0.12) : 0;
    const alpha = Math.min(1, pigment + speck);
    pixels.set(pigment > speck ? [120, 92, 72, alpha * 255] : [96, 80, 60, alpha * 255], index * 4);
  }
  return dataUrl(PAPER_TILE, pixels);
}

export function makeWatercolourTextures(): WatercolourTextures {
  made ??= { wobble: wobbleTile(), paper: paperTile() };
  return made;
}
