import type { SceneObject } from './object-layout';
import type { SettingLayout } from './setting-scenery';

/**
 * The objects that belong where the scene is. A tree, a well or a train cannot stand in a room
 * ("a snug home under the roots of an old oak tree" is drawn as a cosy room, without the oak in
 * it), and a bed or a door standing alone in a field looks like a mistake, not a story. What does
 * not fit is left out with a warning.
 */
const OUTDOORS_ONLY = new Set(['tree', 'bridge', 'well', 'tent', 'car', 'train', 'boat', 'sailboat']);
const INDOORS_ONLY = new Set(['bed', 'door']);
const INDOOR_LAYOUTS = new Set<SettingLayout>(['room', 'cave']);
const OUTDOOR_LAYOUTS = new Set<SettingLayout>(['land', 'sea', 'sky', 'space']);

export function objectsThatFit(objects: SceneObject[], layout: SettingLayout, setting: string): { objects: SceneObject[]; warnings: string[] } {
  const kept: SceneObject[] = [];
  const warnings: string[] = [];
  for (const object of objects) {
    const misplaced = (INDOOR_LAYOUTS.has(layout) && OUTDOORS_ONLY.has(object.key)) || (OUTDOOR_LAYOUTS.has(layout) && INDOORS_ONLY.has(object.key));
    if (misplaced) warnings.push(`the ${object.key} is not drawn: it does not belong in a picture of the ${setting}`);
    else kept.push(object);
  }
  return { objects: kept, warnings };
}
