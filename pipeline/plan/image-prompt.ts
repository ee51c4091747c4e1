import type { SceneDescription, StoryBible } from '../model';

const STYLE_WORDS: Record<string, string> = {
  'picture-book': "A warm, detailed children's picture-book illustration",
  flat: 'A flat vector illustration with simple shapes and bold colours',
  watercolour: 'A soft watercolour illustration for a children\'s book',
  silhouette: 'A silhouette illustration with dark cut-paper shapes against a glowing sky',
};

const SETTING_WORDS: Record<string, string> = {
  forest: 'a forest', meadow: 'a meadow', garden: 'a garden', farm: 'a farmyard', village: 'a village',
  city: 'a city street', castle: 'a castle', house: 'a cosy house', bedroom: 'a bedroom', kitchen: 'a kitchen',
  beach: 'a beach', sea: 'the open sea', ship: 'the deck of a ship', river: 'a river bank', lake: 'a lake shore',
  mountain: 'the mountains', cave: 'a cave', desert: 'a desert', snowfield: 'a snowy landscape', sky: 'the sky among clouds',
  space: 'outer space',
};

const TIME_WORDS: Record<string, string> = { dawn: 'at dawn', day: 'by day', dusk: 'at dusk', night: 'at night' };
const WEATHER_WORDS: Record<string, string> = {
  clear: 'clear weather', cloudy: 'a cloudy sky', rain: 'rain falling', storm: 'a storm with lightning',
  snow: 'snow falling', fog: 'fog', wind: 'a strong wind',
};

/**
 * The text prompt for a cloud image model, rendered from the scene description (the single
 * source of the picture) and the bible, so every page shows each character with the same look.
 */
export function imagePrompt(description: SceneDescription, bible: StoryBible, style: string): string {
  const styleWords = STYLE_WORDS[style] ?? `A ${style} illustration for a children's book`;
  const place = SETTING_WORDS[description.setting] ?? `a ${description.setting.replace(/-/g, ' ')}`;
  const season = description.season ? `, in ${description.season}` : '';
  const parts = [`${styleWords} of ${place}, ${TIME_WORDS[description.timeOfDay]}, ${WEATHER_WORDS[description.weather]}${season}.`];
  const characters = description.characters
    .map((id) => bible.characters.find((character) => character.id === id))
    .filter((character) => character !== undefined)
    .map((character) => `${character.name}, ${character.look.summary}`);
  if (characters.length > 0) parts.push(`Characters: ${characters.join('; ')}.`);
  if (description.objects.length > 0) parts.push(`Also in the picture: ${description.objects.map((object) => object.replace(/-/g, ' ')).join(', ')}.`);
  if (description.action) parts.push(`What happens: "${description.action}"`);
  parts.push(`Mood: ${description.mood}. No words or letters in the picture.`);
  return parts.join(' ');
}
