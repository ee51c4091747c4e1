import type { Scene, SceneDescription, StoryBible } from '../../../model';
import { COLOURS } from '../../../plan/colours';
import { uniqueSlug } from '../../../plan/slug';
import type { PlannedCharacter, PlannedScene } from './plan-response-schema';
import { snapItem, snapKind, snapObject, snapSetting } from './snap-vocabulary';

const HEX = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i;
const FALLBACK_COLOURS = Object.values(COLOURS);

/** The story bible from the model's characters: slug ids, valid colours, names and aliases to ids. */
export function bibleFromResponse(characters: PlannedCharacter[]): { bible: StoryBible; idsByName: Map<string, string> } {
  const taken = new Set<string>();
  const idsByName = new Map<string, string>();
  const bible: StoryBible = { characters: [] };
  characters.forEach((character, index) => {
    const name = character.name.trim() || `Character ${index + 1}`;
    const id = uniqueSlug(name, taken, `character-${index + 1}`);
    const aliases = [...new Set(character.aliases.map((alias) => alias.trim()).filter((alias) => alias && alias.toLowerCase() !== name.toLowerCase()))];
    for (const label of [name, ...aliases, id]) idsByName.set(nameKey(label), id);
    bible.characters.push({
      id,
      name,
      kind: snapKind(character.kind, [name, ...aliases, character.look]),
      aliases,
      look: {
        palette: palette(character.palette, name),
        clothing: character.clothing.trim(),
        item: snapItem(character.item),
        summary: character.look.trim() || `${name}, ${character.clothing.trim()}`,
      },
    });
  });
  return { bible, idsByName };
}

/** The description as the model gave it, with names turned into bible ids and words into vocabulary keys. */
export function descriptionFromResponse(planned: PlannedScene, idsByName: Map<string, string>, fallbackAction: string): SceneDescription {
  const characters = planned.characters.map((name) => idsByName.get(nameKey(name))).filter((id): id is string => id !== undefined);
  const objects = planned.objects.map((object) => snapObject(object)).filter((object): object is string => object !== null);
  return {
    setting: snapSetting(planned.setting),
    timeOfDay: planned.timeOfDay,
    weather: planned.weather,
    season: planned.season,
    characters: [...new Set(characters)],
    objects: [...new Set(objects)],
    mood: planned.mood,
    action: planned.action.trim() || fallbackAction,
  };
}

/** Scenes cut from the story at `starts`: contiguous, covering it whole, whitespace included. */
export function scenesAt(story: string, starts: number[], describe: (index: number, text: string) => Pick<Scene, 'description' | 'imagePrompt'>): Scene[] {
  return starts.map((start, index) => {
    const end = index + 1 < starts.length ? starts[index + 1] : story.length;
    const text = story.slice(start, end);
    return { index, text, start, end, ...describe(index, text) };
  });
}

/** The first sentence of a text, for an action the model left empty. */
export function firstSentence(text: string): string {
  return text.trim().split(/(?<=[.!?…])\s/)[0].slice(0, 200);
}

function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/^(the|a|an|der|die|das|le|la|les|el|los|las)\s+/, '');
}

function palette(colours: string[], name: string): string[] {
  const valid = colours
    .map((colour) => colour.trim())
    .filter((colour) => HEX.test(colour))
    .map((colour) => (colour.length === 4 ? `#${[...colour.slice(1)].map((digit) => digit + digit).join('')}` : colour).toLowerCase());
  if (valid.length > 0) return [...new Set(valid)].slice(0, 4);
  // A stable colour per name, so the same character keeps it on every page and every re-plan.
  const hash = [...name].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7);
  return [FALLBACK_COLOURS[hash % FALLBACK_COLOURS.length]];
}
