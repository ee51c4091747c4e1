import { landColour, type DrawContext } from './draw-context';
import { drawGround } from './ground';
import type { Stage } from './stage';
import { round } from './svg-defs';

/** On a ship: open sea out to the horizon, the ship's rail, and its planked deck underfoot. */
export function drawShipDeck(context: DrawContext, stage: Stage): string {
  const { frame, kit, defs } = context;
  const sea = kit.paint(defs, landColour(context, '#7cc6e8', 0.1), landColour(context, '#2f7fb8', 0.4));
  let markup = `<rect x="0" y="${round(frame.horizon)}" width="${frame.width}" height="${round(stage.groundTop - frame.horizon + 2)}" fill="${sea}"/>`;
  markup += drawGround(context, 'wood', stage.groundTop);
  const railTop = stage.groundTop - frame.height * 0.09;
  const wood = landColour(context, '#8a5a35', 0.5);
  let posts = '';
  for (let x = frame.width * 0.03; x < frame.width; x += frame.width * 0.09) posts += `<rect x="${round(x)}" y="${round(railTop)}" width="${round(frame.width * 0.014)}" height="${round(stage.groundTop - railTop)}"/>`;
  markup += `<g fill="${wood}">${posts}<rect x="0" y="${round(railTop - frame.height * 0.012)}" width="${frame.width}" height="${round(frame.height * 0.022)}" rx="${round(frame.height * 0.01)}"/></g>`;
  markup += `<rect x="0" y="${round(stage.groundTop - frame.height * 0.012)}" width="${frame.width}" height="${round(frame.height * 0.03)}" fill="${landColour(context, '#6d4226', 0.6)}"/>`;
  return markup;
}
