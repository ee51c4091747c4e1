import type { TimeOfDay, Weather } from '../../../model';
import type { SceneObject } from './object-layout';
import type { SettingLayout } from './setting-scenery';
import { HIDES_LIGHT } from './sky';

/**
 * The sun, the moon and the stars among a scene's objects, against the sky the background already
 * paints. The sky has its own sun by day (low at dawn and dusk) and its own moon and stars at
 * night, so the same body named by the story is not drawn a second time (no two moons), and a
 * body the sky cannot show then is left out with a warning: no moon beside the midday sun, no
 * sun at night, nothing through rain or fog. A moon may rise at dusk or set at dawn. Space has a
 * sun but no moon of its own.
 */
export interface SkyBodies {
  /** The objects still to be placed in the picture. */
  objects: SceneObject[];
  /** Objects the background's sky shows already. */
  shownBySky: string[];
  warnings: string[];
}

const BODIES = new Set(['sun', 'moon', 'star']);

export function sortSkyBodies(objects: SceneObject[], sky: { layout: SettingLayout; time: TimeOfDay; weather: Weather }): SkyBodies {
  const result: SkyBodies = { objects: [], shownBySky: [], warnings: [] };
  const hidden = sky.layout !== 'space' && HIDES_LIGHT.has(sky.weather);
  for (const object of objects) {
    if (!BODIES.has(object.key)) {
      result.objects.push(object);
      continue;
    }
    const verdict = hidden ? 'hidden' : judge(object.key, sky.layout, sky.time);
    if (verdict === 'draw') result.objects.push(object);
    else if (verdict === 'sky') result.shownBySky.push(object.key);
    else result.warnings.push(`the ${object.key} is not drawn: ${verdict === 'hidden' ? `the ${sky.weather} hides the sky` : `it is not in the sky at ${sky.time === 'day' ? 'midday' : sky.time}`}`);
  }
  return result;
}

function judge(body: string, layout: SettingLayout, time: TimeOfDay): 'draw' | 'sky' | 'absent' {
  const night = time === 'night';
  if (body === 'sun') return night ? 'absent' : 'sky';
  if (body === 'moon') {
    if (layout === 'space') return 'draw';
    if (night) return 'sky';
    return time === 'day' ? 'absent' : 'draw';
  }
  // A wishing star shines at night (the sky's own stars stay small), or out in space.
  return night || layout === 'space' ? 'draw' : 'absent';
}
