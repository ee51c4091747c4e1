import { mix } from './colour';
import type { DrawContext } from './draw-context';
import { drawGround } from './ground';
import type { Box } from './icon-symbols';
import { lit, type Multipliers } from './lighting';
import type { SettingScenery } from './setting-scenery';
import { drawSky } from './sky';
import type { Stage } from './stage';
import { round } from './svg-defs';
import { drawWeatherInArea } from './weather-overlay';

/**
 * A room: a papered wall, a window that shows the time of day and the weather outside, curtains,
 * a skirting board, a wooden or tiled floor and a rug. At night a lamp lights the room warmly,
 * rather than the cold moonlight outside.
 */
const ROOM_LIGHT: Record<DrawContext['lighting']['time'], Multipliers> = {
  dawn: [1, 0.93, 0.92],
  day: [1, 1, 1],
  dusk: [0.95, 0.84, 0.8],
  night: [0.74, 0.6, 0.54],
};

export function roomLight(time: DrawContext['lighting']['time']): Multipliers {
  return ROOM_LIGHT[time];
}

export function drawRoom(context: DrawContext, scenery: SettingScenery, stage: Stage): { markup: string; window: Box } {
  const { frame, defs, kit } = context;
  const room = scenery.room ?? { wall: '#efe2c8', trim: '#b98a5a', floor: '#b9794a' };
  const light = roomLight(context.lighting.time);
  const tone = (colour: string, depth = 0.5) => kit.land(lit(colour, light), depth);
  const wall = kit.paint(defs, tone(mix(room.wall, '#ffffff', 0.15)), tone(room.wall));
  let markup = `<rect width="${frame.width}" height="${round(frame.horizon + 2)}" fill="${wall}"/>`;
  if (kit.style !== 'silhouette') {
    const stripe = frame.width / 18;
    let stripes = '';
    for (let x = stripe / 2; x < frame.width; x += stripe * 2) stripes += `<rect x="${round(x)}" y="0" width="${round(stripe)}" height="${round(frame.horizon)}"/>`;
    markup += `<g fill="${tone(room.trim)}" opacity="0.1">${stripes}</g>`;
  }
  const windowWidth = Math.max(frame.width * 0.24, frame.height * 0.22);
  const windowHeight = frame.horizon * 0.5;
  const windowX = (stage.landmarkSide === 'left' ? frame.width * 0.7 : frame.width * 0.3) - windowWidth / 2;
  const windowY = frame.horizon * 0.16;
  const pane: Box = { x: windowX, y: windowY, width: windowWidth, height: windowHeight };
  const side = stage.landmarkSide === 'left' ? 'right' : 'left';
  markup += drawSky(context, { bottom: windowY + windowHeight, side, area: pane });
  markup += drawWeatherInArea(context, pane);
  const frameColour = tone('#fdf6ea', 0.6);
  const bar = windowWidth * 0.05;
  markup += `<g fill="${frameColour}"><rect x="${round(windowX - bar)}" y="${round(windowY - bar)}" width="${round(windowWidth + 2 * bar)}" height="${round(bar)}"/><rect x="${round(windowX - bar)}" y="${round(windowY + windowHeight)}" width="${round(windowWidth + 2 * bar)}" height="${round(bar * 1.4)}"/><rect x="${round(windowX - bar)}" y="${round(windowY)}" width="${round(bar)}" height="${round(windowHeight)}"/><rect x="${round(windowX + windowWidth)}" y="${round(windowY)}" width="${round(bar)}" height="${round(windowHeight)}"/><rect x="${round(windowX + windowWidth / 2 - bar / 2)}" y="${round(windowY)}" width="${round(bar)}" height="${round(windowHeight)}"/><rect x="${round(windowX)}" y="${round(windowY + windowHeight / 2 - bar / 2)}" width="${round(windowWidth)}" height="${round(bar)}"/></g>`;
  const curtain = kit.paint(defs, tone(mix(room.trim, '#e8434f', 0.35), 0.7), tone(mix(room.trim, '#7a2a3a', 0.35), 0.7));
  const curtainWidth = windowWidth * 0.22;
  const curtainTop = windowY - bar * 2;
  const curtainBottom = windowY + windowHeight + bar * 3;
  const drape = (x: number, inward: number) => `<path d="M${round(x)} ${round(curtainTop)}h${round(inward * curtainWidth)}q${round(-inward * curtainWidth * 0.6)} ${round((curtainBottom - curtainTop) * 0.5)} ${round(-inward * curtainWidth * 0.2)} ${round(curtainBottom - curtainTop)}h${round(-inward * curtainWidth * 0.8)}Z"/>`;
  markup += `<g fill="${curtain}">${drape(windowX - bar * 1.5, 1)}${drape(windowX + windowWidth + bar * 1.5, -1)}</g>`;
  markup += `<rect x="${round(windowX - bar * 3)}" y="${round(curtainTop - bar)}" width="${round(windowWidth + bar * 6)}" height="${round(bar * 0.8)}" rx="${round(bar * 0.4)}" fill="${tone('#7a5230', 0.7)}"/>`;
  markup += drawGround(context, scenery.ground, frame.horizon);
  markup += `<rect x="0" y="${round(frame.horizon - frame.height * 0.025)}" width="${frame.width}" height="${round(frame.height * 0.03)}" fill="${tone(room.trim, 0.6)}"/>`;
  if (kit.style !== 'silhouette') {
    const rugY = frame.horizon + (frame.height - frame.horizon) * 0.62;
    markup += `<ellipse cx="${round(frame.width / 2)}" cy="${round(rugY)}" rx="${round(frame.width * 0.36)}" ry="${round((frame.height - frame.horizon) * 0.2)}" fill="${tone(mix(room.trim, '#c0392b', 0.4), 0.9)}" opacity="0.55"/>`;
  }
  if (context.lighting.time === 'night') {
    const lampX = stage.landmarkSide === 'left' ? frame.width * 0.2 : frame.width * 0.8;
    markup += `<circle cx="${round(lampX)}" cy="${round(frame.horizon * 0.7)}" r="${round(frame.width * 0.55)}" fill="${defs.radial([[0, '#ffd27a', 0.35], [1, '#ffd27a', 0]])}"/>`;
  }
  return { markup, window: { x: windowX - bar * 3, y: windowY - bar * 2, width: windowWidth + bar * 6, height: windowHeight + bar * 4 } };
}
