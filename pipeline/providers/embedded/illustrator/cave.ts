import { mix } from './colour';
import { landColour, type DrawContext } from './draw-context';
import { drawGround } from './ground';
import { drawSky } from './sky';
import type { Stage } from './stage';
import { round } from './svg-defs';
import { drawWeatherInArea } from './weather-overlay';

/**
 * Inside a cave: dark rock all round, stalactites, a rocky floor, and the cave's mouth at the
 * back showing the sky outside, so the time of day and the weather still show.
 */
export function drawCave(context: DrawContext, stage: Stage): string {
  const { frame, defs, kit } = context;
  const random = context.random('cave');
  const rock = (colour: string, depth: number) => landColour(context, colour, depth);
  let markup = `<rect width="${frame.width}" height="${frame.height}" fill="${kit.paint(defs, rock('#5b4f5c', 0.5), rock('#3a3140', 0.7))}"/>`;
  const mouthWidth = frame.width * random.between(0.28, 0.36);
  const mouthX = (stage.landmarkSide === 'left' ? frame.width * 0.66 : frame.width * 0.34) - mouthWidth / 2;
  const mouthBottom = frame.horizon + 2;
  const mouthTop = frame.horizon - frame.height * random.between(0.3, 0.38);
  const arch = `M${round(mouthX)} ${round(mouthBottom)}C${round(mouthX - mouthWidth * 0.05)} ${round(mouthTop)} ${round(mouthX + mouthWidth * 1.05)} ${round(mouthTop)} ${round(mouthX + mouthWidth)} ${round(mouthBottom)}Z`;
  const clipId = defs.once(`cave-mouth|${arch}`, 'k', (id) => `<clipPath id="${id}"><path d="${arch}"/></clipPath>`);
  const area = { x: mouthX - 4, y: mouthTop, width: mouthWidth + 8, height: mouthBottom - mouthTop };
  const side = stage.landmarkSide === 'left' ? 'right' : 'left';
  const hills = `<path d="M${round(area.x)} ${round(mouthBottom)}Q${round(area.x + area.width * 0.3)} ${round(mouthBottom - area.height * 0.25)} ${round(area.x + area.width * 0.6)} ${round(mouthBottom - area.height * 0.1)}T${round(area.x + area.width)} ${round(mouthBottom - area.height * 0.15)}V${round(mouthBottom)}Z" fill="${landColour(context, '#6fb35a', 0.2)}"/>`;
  markup += `<g clip-path="url(#${clipId})">${drawSky(context, { bottom: mouthBottom, side, area })}${hills}${drawWeatherInArea(context, area)}</g>`;
  markup += `<path d="${arch}" fill="none" stroke="${rock('#2a2230', 0.6)}" stroke-width="${round(frame.height * 0.02)}"/>`;
  let drips = '';
  for (let x = random.between(0, 40); x < frame.width; x += frame.width * random.between(0.06, 0.12)) {
    const length = frame.height * random.between(0.05, 0.16);
    const half = frame.width * random.between(0.015, 0.03);
    drips += `<path d="M${round(x - half)} 0L${round(x)} ${round(length)}L${round(x + half)} 0Z"/>`;
  }
  markup += `<g fill="${rock('#2e2633', 0.8)}">${drips}<rect width="${frame.width}" height="${round(frame.height * 0.03)}"/></g>`;
  markup += drawGround(context, 'rock', frame.horizon);
  const wall = (left: boolean) => {
    const x = left ? 0 : frame.width;
    const direction = left ? 1 : -1;
    return `<path d="M${x} 0H${round(x + direction * frame.width * 0.1)}Q${round(x + direction * frame.width * 0.02)} ${round(frame.height * 0.5)} ${round(x + direction * frame.width * 0.12)} ${frame.height}H${x}Z"/>`;
  };
  markup += `<g fill="${rock(mix('#2e2633', '#000000', 0.2), 1)}">${wall(true)}${wall(false)}</g>`;
  return markup;
}
