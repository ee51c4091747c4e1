import { CHARACTER_ITEMS, CHARACTER_KINDS, OBJECTS, SETTINGS, type CharacterKind, type ObjectKey, type Setting, type SceneDescription, type StoryBible } from '../../../model';
import type { CastMember } from './cast-layout';
import { figureFor } from './character-figures';
import { OBJECT_DRAWINGS } from './object-drawings';
import type { SceneObject } from './object-layout';
import { hashParts } from '../../../seeded-random';

/**
 * Reads a scene's description against the vocabulary: which setting, characters (with their
 * bible look) and objects the illustrator can draw, and a warning for each thing it cannot.
 */
export interface SceneReading {
  /** null when the setting is outside the vocabulary; a meadow is drawn instead. */
  setting: Setting | null;
  cast: CastMember[];
  objects: SceneObject[];
  warnings: string[];
}

const FALLBACK_PALETTES = ['#e8434f', '#3b82c4', '#f2a93b', '#4caf50', '#8e5bd0', '#14a3a3'];

const isSetting = (value: string): value is Setting => (SETTINGS as readonly string[]).includes(value);
const isKind = (value: string): value is CharacterKind => (CHARACTER_KINDS as readonly string[]).includes(value);
const isObject = (value: string): value is ObjectKey => (OBJECTS as readonly string[]).includes(value);
const isItem = (value: string) => (CHARACTER_ITEMS as readonly string[]).includes(value);

export function readScene(description: SceneDescription, bible: StoryBible): SceneReading {
  const warnings: string[] = [];
  const setting = isSetting(description.setting) ? description.setting : null;
  if (!setting) warnings.push(`setting "${description.setting}" is not one the embedded illustrator can draw; drew a meadow instead`);
  const cast: CastMember[] = [];
  for (const id of [...new Set(description.characters)]) {
    const character = bible.characters.find((candidate) => candidate.id === id);
    const kind = character?.kind ?? id;
    if (!character && !isKind(id)) {
      warnings.push(`character "${id}" is not in the story bible, so it was not drawn`);
      continue;
    }
    if (!isKind(kind)) {
      warnings.push(`character kind "${kind}" (${id}) is not one the embedded illustrator can draw`);
      continue;
    }
    const palette = character?.look.palette ?? [FALLBACK_PALETTES[hashParts([id]) % FALLBACK_PALETTES.length]];
    let item = character?.look.item ?? null;
    if (item !== null && !isItem(item)) {
      warnings.push(`item "${item}" of ${id} is not one the embedded illustrator can draw`);
      item = null;
    }
    cast.push({ id, spec: figureFor(kind, character?.female), look: { palette, item } });
  }
  const objects: SceneObject[] = [];
  for (const key of [...new Set(description.objects)]) {
    if (isObject(key)) objects.push({ key, spec: OBJECT_DRAWINGS[key] });
    else warnings.push(`object "${key}" is not one the embedded illustrator can draw`);
  }
  return { setting, cast, objects, warnings };
}
