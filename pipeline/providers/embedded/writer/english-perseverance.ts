import type { EnglishVoice } from './english-voice';
import { colour, plot, type Paragraph } from './story-text';

/** Long stories only: the middle of learning, where it is slow and the hero nearly gives up. */
export function perseverance(v: EnglishVoice): Paragraph {
  return [
    plot(`The days went by, and some were good and some were not. There were wobbles and bumps, and once ${v.name} wanted to give up altogether.`),
    plot(`"It's too hard," ${v.he} said, and sat down with ${v.his} back against ${v.place.landmark}.`),
    plot(`But ${v.helper} only sat down beside ${v.him} and said, "One more time. Just one." And so ${v.name} got up, and tried one more time.`),
    colour(v.place.underwater ? 'A little fish above them turned a somersault, as if to cheer.' : 'A little bird on a branch above them puffed out its feathers, as if to cheer.'),
  ];
}
