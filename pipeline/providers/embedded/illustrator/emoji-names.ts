import { CHARACTER_FIGURES, FEMALE_FIGURES } from './character-figures';
import { ITEM_DRAWINGS } from './item-drawings';
import { OBJECT_DRAWINGS } from './object-drawings';
import { SCENE_ICONS } from './scene-icons';
import { SETTING_SCENERY } from './setting-scenery';
import { PART_PREFIX } from './art-library';

/** Every icon name the illustrator can draw, Fluent Emoji and parts alike. */
export function allIconNames(): string[] {
  const names = new Set<string>();
  for (const figure of [...Object.values(CHARACTER_FIGURES), ...Object.values(FEMALE_FIGURES)]) {
    names.add(figure.icon);
    if (figure.face) names.add(figure.face);
    if (figure.accessory) names.add(figure.accessory);
  }
  for (const object of Object.values(OBJECT_DRAWINGS)) names.add(object.icon);
  for (const item of Object.values(ITEM_DRAWINGS)) names.add(item.icon);
  for (const scenery of Object.values(SETTING_SCENERY)) {
    scenery.landmarks.forEach((name) => names.add(name));
    scenery.scatter.forEach((scatter) => scatter.icons.forEach((name) => names.add(name)));
    if (scenery.cover) names.add(scenery.cover);
  }
  for (const value of Object.values(SCENE_ICONS)) (Array.isArray(value) ? value : [value]).forEach((name: string) => names.add(name));
  return [...names].sort();
}

/** The Fluent Emoji names among them: exactly what the committed subset must hold. */
export function emojiNamesUsed(): string[] {
  return allIconNames().filter((name) => !name.startsWith(PART_PREFIX));
}

/** The hand-drawn parts among them (without the "part:" prefix): each needs assets/art/parts/<name>.svg. */
export function partNamesUsed(): string[] {
  return allIconNames().filter((name) => name.startsWith(PART_PREFIX)).map((name) => name.slice(PART_PREFIX.length));
}
