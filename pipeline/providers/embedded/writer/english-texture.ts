import { capitalize } from './english-grammar';
import type { EnglishVoice } from './english-voice';

/** Small sentences of colour that fit anywhere in the middle of a story; used to reach a length. */
export function englishTexture(v: EnglishVoice): string[] {
  const anywhere = [
    `${capitalize(v.place.sound)}.`,
    `${v.name} took a deep breath and listened to the world around ${v.him}.`,
    'Everything was very quiet, except for the beating of a small and hopeful heart.',
    `${v.He} thought about ${v.his} wish, and held it close, like a warm pebble in a pocket.`,
    `${v.name} wiggled ${v.his} ${v.limbs} and tried to be patient.`,
    'Time went by, as time always does.',
    `Not far away, ${v.place.landmark} stood as it always had, quiet and kind.`,
    `The light changed, slowly, the way it does ${v.place.within}.`,
  ];
  // Under the sea there are no birds, bees or breezes; its own small creatures take their place.
  const around = v.place.underwater
    ? ['A shoal of little silver fish flashed past and was gone.', 'Bubbles wobbled up towards the light.', 'A crab scuttled sideways across the sand, in no hurry at all.', 'The seaweed swayed to and fro, to and fro.', 'A starfish lay on a rock, thinking its slow starfish thoughts.']
    : [`Somewhere ${v.place.within}, a little bird began to sing.`, 'The air smelled of rain and flowers.', 'A butterfly drifted past, as light as a petal.', 'Far away, a bell rang softly.', 'The sun peeped out from behind a cloud, as if it wanted to see what would happen next.', 'A bumblebee bumbled past, humming to itself, in no hurry at all.', 'A squirrel watched from a branch, nibbling an acorn and saying nothing.', 'A ladybird landed nearby, looked around, and flew off again.'];
  return v.random.shuffle([...anywhere, ...around]);
}
