import { mix } from './colour';
import { landColour, type DrawContext } from './draw-context';
import { groundColours, isSnowy } from './ground-colours';
import type { GroundKind } from './setting-scenery';
import { round } from './svg-defs';

/**
 * The ground from `top` to the bottom edge: a gradient from its far colour to its near one, and a
 * light texture that says what it is (grass tufts, sand grains, furrows, planks, tiles, craters,
 * waves). Marks get bigger toward the front, which gives the picture depth.
 */
export function drawGround(context: DrawContext, kind: GroundKind, top: number, options: { wavyEdge?: boolean } = {}): string {
  const { frame, defs, kit } = context;
  const snowy = isSnowy(kind, context.season);
  const colours = snowy && kind !== 'snow' && kind !== 'grass' ? groundColours('snow', null) : groundColours(kind, context.season);
  const far = landColour(context, colours.far, 0.55);
  const near = landColour(context, colours.near, 1);
  const fill = kit.paint(defs, far, near);
  const random = context.random(`ground-${kind}`);
  let edge = `M0 ${round(top)}H${frame.width}`;
  if (options.wavyEdge) {
    edge = `M0 ${round(top)}`;
    const waves = 6;
    for (let index = 0; index < waves; index++) {
      const x = (frame.width / waves) * (index + 1);
      edge += `Q${round(x - frame.width / waves / 2)} ${round(top - frame.height * 0.012 * (1 + random.next()))} ${round(x)} ${round(top)}`;
    }
  }
  let markup = `<path d="${edge}V${frame.height}H0Z" fill="${fill}"/>`;
  if (options.wavyEdge) markup += `<path d="${edge}" fill="none" stroke="${landColour(context, '#ffffff', 0.6)}" stroke-width="${round(frame.height * 0.008)}" opacity="0.8"/>`;
  if (kit.style === 'silhouette') return markup;
  return markup + texture(context, snowy ? 'snow' : kind, top, mix(far, near, 0.5));
}

function texture(context: DrawContext, kind: GroundKind, top: number, base: string): string {
  const { frame } = context;
  const random = context.random(`texture-${kind}`);
  const depthY = (t: number) => top + (frame.height - top) * t;
  const marks: string[] = [];
  const count = Math.round(frame.width / 30);
  const shade = landColour(context, mix(base, '#000000', 0.18), 1);
  const light = landColour(context, mix(base, '#ffffff', 0.35), 1);
  switch (kind) {
    case 'grass':
    case 'field':
      for (let index = 0; index < count; index++) {
        const t = Math.pow(random.next(), 0.7);
        const x = random.next() * frame.width;
        const y = depthY(t);
        const size = frame.height * (0.008 + 0.022 * t);
        marks.push(`<path d="M${round(x - size * 0.5)} ${round(y)}L${round(x - size * 0.2)} ${round(y - size)}L${round(x)} ${round(y)}L${round(x + size * 0.3)} ${round(y - size * 0.9)}L${round(x + size * 0.5)} ${round(y)}Z"/>`);
      }
      return `<g fill="${shade}" opacity="0.55">${marks.join('')}</g>`;
    case 'sand':
    case 'moon':
    case 'rock':
      for (let index = 0; index < count * (kind === 'sand' ? 2 : 0.6); index++) {
        const t = random.next();
        const size = frame.height * (kind === 'sand' ? 0.002 + 0.004 * t : 0.008 + 0.03 * t);
        marks.push(`<ellipse cx="${round(random.next() * frame.width)}" cy="${round(depthY(t))}" rx="${round(size * 1.6)}" ry="${round(size * 0.6)}"/>`);
      }
      return `<g fill="${kind === 'sand' ? shade : mix(shade, '#000000', 0.15)}" opacity="0.45">${marks.join('')}</g>`;
    case 'snow':
      for (let index = 0; index < 7; index++) {
        const t = random.next();
        marks.push(`<ellipse cx="${round(random.next() * frame.width)}" cy="${round(depthY(t))}" rx="${round(frame.width * (0.08 + 0.12 * t))}" ry="${round(frame.height * (0.008 + 0.02 * t))}"/>`);
      }
      return `<g fill="${landColour(context, '#b9cde6', 1)}" opacity="0.2">${marks.join('')}</g>`;
    case 'wood':
    case 'tiles': {
      const lines: string[] = [];
      let y = top;
      // Tiles have rows; boards run away from the viewer, with a few staggered joints.
      for (let row = 1; kind === 'tiles' && y < frame.height; row++) {
        y = top + (frame.height - top) * Math.pow(row / 7, 1.35);
        lines.push(`M0 ${round(y)}H${frame.width}`);
      }
      for (let joint = 0; kind === 'wood' && joint < 8; joint++) {
        const jointY = top + (frame.height - top) * random.between(0.1, 0.95);
        const jointX = random.next() * frame.width;
        lines.push(`M${round(jointX)} ${round(jointY)}h${round(frame.width * 0.06)}`);
      }
      const centre = frame.width / 2;
      const columns = kind === 'tiles' ? 10 : 6;
      for (let column = -columns; column <= columns; column++) {
        const spacingTop = frame.width / (columns * 0.9);
        lines.push(`M${round(centre + column * spacingTop * 0.55)} ${round(top)}L${round(centre + column * spacingTop * 1.6)} ${frame.height}`);
      }
      return `<path d="${lines.join('')}" fill="none" stroke="${shade}" stroke-width="${round(frame.height * 0.003)}" opacity="0.5"/>`;
    }
    case 'street':
      return `<rect x="0" y="${round(depthY(0.35))}" width="${frame.width}" height="${round(frame.height * 0.012)}" fill="${light}" opacity="0.7"/>`;
    case 'water':
      for (let index = 0; index < count * 0.8; index++) {
        const t = random.next();
        const x = random.next() * frame.width;
        const size = frame.width * (0.015 + 0.05 * t);
        const y = depthY(t);
        marks.push(`<path d="M${round(x - size)} ${round(y)}Q${round(x - size / 2)} ${round(y - size * 0.35)} ${round(x)} ${round(y)}T${round(x + size)} ${round(y)}"/>`);
      }
      return `<g fill="none" stroke="${light}" stroke-width="${round(frame.height * 0.004)}" stroke-linecap="round" opacity="0.7">${marks.join('')}</g>`;
    case 'cloud':
      return '';
  }
}
