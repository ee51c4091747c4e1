import type { Scene, StoryBible } from '../../model';

const TIMES: Record<string, string> = { dawn: 'at dawn', day: 'by day', dusk: 'at dusk', night: 'at night' };
const WEATHERS: Record<string, string> = {
  clear: '',
  cloudy: 'under a cloudy sky',
  rain: 'in the rain',
  storm: 'in a storm',
  snow: 'in the snow',
  fog: 'in the fog',
  wind: 'in the wind',
};

/** Settings that take another preposition than "in the" ("on the beach", "at sea", "in space"). */
const PLACES: Record<string, string> = {
  beach: 'on the beach',
  sea: 'at sea',
  ship: 'on a ship',
  farm: 'on the farm',
  river: 'by the river',
  lake: 'by the lake',
  mountain: 'on the mountain',
  snowfield: 'on the snowfield',
  space: 'in space',
};

function words(key: string): string {
  return key.replace(/[-_]+/g, ' ').trim();
}

function listInEnglish(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function firstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const match = /^.*?[.!?…](?=\s|$)/u.exec(trimmed);
  return (match ? match[0] : trimmed).slice(0, 200);
}

/**
 * A picture's alt text, from its scene description: the action (a sentence in the story's own
 * language), and for English books also who is where ("The fox and the owl in the forest at
 * night."). Other languages get only the action, because the description's keys are English
 * words and a screen reader would read them with the wrong voice.
 */
export function pictureAltText(scene: Scene, bible: StoryBible, language: string): string {
  const description = scene.description;
  const action = description.action.trim() || firstSentence(scene.text);
  if (!/^en\b/i.test(language)) return action;

  const names = description.characters.map((id) => bible.characters.find((character) => character.id === id)?.name ?? words(id));
  const setting = PLACES[description.setting] ?? `in the ${words(description.setting)}`;
  const time = TIMES[description.timeOfDay] ?? '';
  const weather = WEATHERS[description.weather] ?? '';
  // With nobody in it, the picture is of the place itself: "The beach at dusk", "The sea by day".
  const where = names.length > 0 ? `${listInEnglish(names)} ${setting} ${time}`.trim() : `the ${words(description.setting)} ${time}`.trim();
  const sentence = `${where}${weather ? `, ${weather}` : ''}.`;
  const details = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  if (!action) return details;
  return `${/[.!?…"”»]$/u.test(action) ? action : `${action}.`} ${details}`;
}
