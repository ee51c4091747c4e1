import { drawCave } from './cave';
import { drawCloudLand } from './cloud-land';
import type { DrawContext } from './draw-context';
import { drawGround } from './ground';
import { drawHorizonLayer } from './horizon-shapes';
import type { Box } from './icon-symbols';
import { drawRoom, roomLight } from './room';
import type { SettingScenery } from './setting-scenery';
import { drawShipDeck } from './ship-deck';
import { drawSky } from './sky';
import { drawSpace } from './space-scene';
import type { Stage } from './stage';
import { drawWater, type WaterArea } from './water';
import { drawWeatherBack } from './weather-overlay';

/**
 * The background of a setting, by its layout: open land (sky, clouds, horizon shapes, ground,
 * river or lake), the open sea, a ship's deck, a room, a cave, the sky, or space. Every one shows
 * the time of day; space has no weather, and a room or cave shows it only through its window.
 */
export interface Background {
  markup: string;
  water?: WaterArea;
  /** Where wall decorations must not go (a room's window). */
  keepClear: Box[];
  showsWeather: boolean;
  /** Whether the weather falls across the whole picture (outdoors) rather than only in a window. */
  outdoors: boolean;
}

export function drawBackground(context: DrawContext, scenery: SettingScenery, stage: Stage): Background {
  const { frame } = context;
  const lightSide = stage.landmarkSide === 'left' ? 'right' : 'left';
  const sky = () => drawSky(context, { bottom: frame.horizon, side: lightSide }) + drawWeatherBack(context, frame.horizon);
  const open = { keepClear: [], showsWeather: true, outdoors: true };
  switch (scenery.layout) {
    case 'land': {
      let markup = sky();
      scenery.horizon.forEach((kind, index) => {
        markup += drawHorizonLayer(context, { kind, index, count: scenery.horizon.length, ground: scenery.ground });
      });
      markup += drawGround(context, scenery.ground, stage.groundTop, { wavyEdge: scenery.horizon.includes('sea') });
      const water = scenery.water ? drawWater(context, scenery.water) : undefined;
      return { markup: markup + (water?.markup ?? ''), water, ...open };
    }
    case 'sea':
      return { markup: sky() + drawGround(context, 'water', frame.horizon), ...open };
    case 'ship':
      return { markup: sky() + drawShipDeck(context, stage), ...open };
    case 'sky':
      return { markup: drawCloudLand(context, stage) + drawWeatherBack(context, frame.horizon), ...open };
    case 'room': {
      // A room is lit by its lamp, not by the light outside its window.
      const room = drawRoom({ ...context, lighting: { ...context.lighting, land: roomLight(context.lighting.time) } }, scenery, stage);
      return { markup: room.markup, keepClear: [room.window], showsWeather: true, outdoors: false };
    }
    case 'cave':
      return { markup: drawCave(context, stage), keepClear: [], showsWeather: true, outdoors: false };
    case 'space':
      return { markup: drawSpace(context), keepClear: [], showsWeather: false, outdoors: false };
  }
}
