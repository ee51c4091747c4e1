import { PICTURE_PIXELS, type ArtStyle, type PictureSize, type Scene, type StoryBible } from '../../../model';
import type { ArtLibrary } from './art-library';
import { styleKit } from './art-styles';
import { drawBackground } from './background';
import { layoutCast } from './cast-layout';
import type { DrawContext } from './draw-context';
import { IconSymbols } from './icon-symbols';
import { lightingFor } from './lighting';
import { drawMoodGrade } from './mood-grading';
import { objectsThatFit } from './object-fit';
import { layoutObjects } from './object-layout';
import { keepOffFigures, layoutLandmark, layoutScatter } from './prop-layout';
import { readScene } from './scene-reading';
import { createRandom } from '../../../seeded-random';
import { SETTING_SCENERY } from './setting-scenery';
import { sortSkyBodies } from './sky-bodies';
import { drawSeasonInAir, drawSeasonOnGround, showsSeason } from './season-overlay';
import { planStage } from './stage';
import { drawStage, stageLight } from './stage-drawing';
import { SvgDefs } from './svg-defs';
import { drawWeatherFront } from './weather-overlay';

/**
 * Draws one scene as an SVG document: background for the setting and light, the landmark,
 * decorations, objects and characters in depth order, season and weather, the mood's colour grade
 * and the style's finish. Pure: the same request and art give the same markup. `drawn` lists what
 * the picture shows ("setting:forest", "character:wolf"); `warnings` what it could not.
 */
export interface SceneDrawingRequest {
  scene: Scene;
  bible: StoryBible;
  style: ArtStyle;
  size: PictureSize;
  seed: number;
}

export interface SceneDrawing {
  svg: string;
  width: number;
  height: number;
  drawn: string[];
  warnings: string[];
}

export function drawScene(art: ArtLibrary, request: SceneDrawingRequest): SceneDrawing {
  const { width, height } = PICTURE_PIXELS[request.size];
  const description = request.scene.description;
  const reading = readScene(description, request.bible);
  const scenery = SETTING_SCENERY[reading.setting ?? 'meadow'];
  const random = (purpose: string) => createRandom(request.seed, request.scene.index, purpose);
  const kit = styleKit(request.style);
  const defs = new SvgDefs();
  const symbols = new IconSymbols(art, kit.variant, defs);
  const aspectOf = (icon: string) => {
    const viewBox = art.icon(icon, kit.variant)?.viewBox;
    return viewBox ? viewBox[3] / viewBox[2] : 1;
  };
  const stage = planStage({ width, height }, scenery.layout, reading.cast.length, scenery.layout === 'land' && scenery.horizon.includes('sea'), random('stage'));
  const lighting = lightingFor(description.timeOfDay, description.weather);
  const figureLight = stageLight(scenery.layout, lighting);
  const sceneryLight = figureLight.map((value, channel) => lighting.land[channel] + (value - lighting.land[channel]) * 0.3) as typeof figureLight;
  const tint = { figures: kit.lightsIcons ? figureLight : null, scenery: kit.lightsIcons ? (scenery.layout === 'land' || scenery.layout === 'sea' ? sceneryLight : figureLight) : null };
  const context: DrawContext = { frame: stage.frame, defs, symbols, kit, lighting, weather: description.weather, season: description.season, tint, random };

  const background = drawBackground(context, scenery, stage);
  const landmark = layoutLandmark(stage, scenery, aspectOf, random('landmark'));
  const scattered = layoutScatter(stage, scenery, background.keepClear, aspectOf, random('scatter'));
  const figures = layoutCast(stage, reading.cast, { cover: scenery.cover, water: background.water, aspectOf }, random('cast'));
  const scatter = keepOffFigures(scattered, figures.map((entry) => entry.figure.box));
  const skyTaken = [landmark, ...scatter].filter((icon) => icon.sortY < 0).map((icon) => icon.box);
  const window = scenery.layout === 'room' ? background.keepClear[0] : undefined;
  const fitting = objectsThatFit(reading.objects, scenery.layout, reading.setting ?? 'meadow');
  const skyBodies = sortSkyBodies(fitting.objects, { layout: scenery.layout, time: description.timeOfDay, weather: description.weather });
  const objects = layoutObjects(stage, skyBodies.objects, figures, { water: background.water, skyTaken, landmark, window }, aspectOf, random('objects'));
  const staged = drawStage(context, stage, { icons: [landmark, ...scatter, ...objects], figures });

  // Falling leaves and petals drift behind the characters; flowers and weather come in front.
  const inFront = drawSeasonOnGround(context, stage, figures.map((entry) => entry.figure.box)) + (background.outdoors ? drawWeatherFront(context, { x: 0, y: 0, width, height }) : '') + drawMoodGrade(context, description.mood);
  const layers = background.markup + staged.skyMarkup + drawSeasonInAir(context, stage) + staged.markup + inFront;
  const content = kit.finish(defs, layers, { width, height }, request.seed + request.scene.index, art);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${defs.markup()}${content}</svg>`;

  const drawn: string[] = [];
  const warnings = [...reading.warnings, ...fitting.warnings, ...skyBodies.warnings];
  if (reading.setting) drawn.push(`setting:${reading.setting}`);
  drawn.push(`time:${description.timeOfDay}`);
  if (background.showsWeather) drawn.push(`weather:${description.weather}`);
  else if (description.weather !== 'clear') warnings.push(`weather "${description.weather}" is not shown in ${reading.setting ?? 'this setting'}`);
  if (description.season && showsSeason(context, stage)) drawn.push(`season:${description.season}`);
  else if (description.season) warnings.push(`season "${description.season}" is not shown in ${reading.setting ?? 'this setting'}`);
  drawn.push(`mood:${description.mood}`);
  for (const member of reading.cast) {
    if (staged.drawnCharacters.has(member.id)) drawn.push(`character:${member.id}`);
    if (staged.drawnItems.has(member.id)) drawn.push(`item:${member.look.item}`);
    else if (member.look.item && staged.drawnCharacters.has(member.id)) warnings.push(`could not show ${member.id}'s ${member.look.item}: ${member.spec.form === 'standing' ? 'there was no room for it' : 'that part of the figure is not in the picture'}`);
  }
  for (const object of reading.objects) if (staged.drawnObjects.has(object.key) || skyBodies.shownBySky.includes(object.key)) drawn.push(`object:${object.key}`);
  return { svg, width, height, drawn: [...new Set(drawn)], warnings };
}
