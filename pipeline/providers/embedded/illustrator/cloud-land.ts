import { mix } from './colour';
import { landColour, type DrawContext } from './draw-context';
import { cloudPuffs } from './shapes';
import { drawSky } from './sky';
import type { Stage } from './stage';

/** High in the sky: the open sky all round and a floor of soft clouds to walk on. */
export function drawCloudLand(context: DrawContext, stage: Stage): string {
  const { frame, kit, defs } = context;
  const random = context.random('cloud-land');
  let markup = drawSky(context, { bottom: frame.height, side: stage.landmarkSide === 'left' ? 'right' : 'left' });
  const rows = [
    { y: frame.horizon, width: 0.3, colour: mix('#ffffff', context.lighting.sky[context.lighting.sky.length - 1][1], 0.35), depth: 0.2 },
    { y: frame.horizon + (frame.height - frame.horizon) * 0.45, width: 0.38, colour: '#f4f8ff', depth: 0.6 },
    { y: frame.height * 1.02, width: 0.45, colour: '#ffffff', depth: 1 },
  ];
  for (const row of rows) {
    let puffs = '';
    for (let x = -frame.width * 0.1; x < frame.width * 1.1; x += frame.width * row.width * 0.7) puffs += cloudPuffs(x, row.y, frame.width * row.width, random.next);
    const colour = landColour(context, row.colour, row.depth);
    markup += `<g fill="${kit.paint(defs, colour, landColour(context, mix(row.colour, '#c9d6ea', 0.5), row.depth))}">${puffs}<rect x="0" y="${row.y}" width="${frame.width}" height="${frame.height}"/></g>`;
  }
  return markup;
}
