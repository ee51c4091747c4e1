import { gerund, titleCase } from './english-grammar';
import type { EnglishGoalPack } from './english-goal-pack';
import { own, type EnglishVoice } from './english-voice';
import { colour, plot } from './story-text';

/** The hero dreams of going somewhere or doing something once: "see the sea", "go to the moon". */
export function englishQuestPack(verbPhrase: string): EnglishGoalPack {
  const verb = (v: EnglishVoice) => own(v, verbPhrase);
  return {
    wish: (v) => [
      plot(`But ${v.known} had a big dream. More than anything in the world, ${v.he} wanted to ${verb(v)}.`),
      plot(`"One day," ${v.he} said every night, looking out at the stars, "one day I will."`),
      colour(`Everyone said it was too far and too hard, but ${v.name} never stopped dreaming.`),
    ],
    attempts: [
      (v, when) => [plot(`${when}, ${v.name} packed a basket with bread and an apple and set off.`), plot(`But ${v.he} had not gone far when ${v.he} came to ${v.place.obstacle}, and there was no way past.`), colour(`So ${v.he} trudged all the way home again, with ${v.his} basket still full.`)],
      (v, when) => v.place.underwater
        ? [plot(`${when}, ${v.name} tried a different way, through the tall seaweed and over the reef.`), plot(`But a cloud of sand swirled up, and ${v.he} swam round and round until ${v.he} was right back where ${v.he} had started.`)]
        : [plot(`${when}, ${v.name} tried a different way, through the tall grass and over the hill.`), plot(`But a thick fog came down, and ${v.he} walked round and round until ${v.he} was right back where ${v.he} had started.`)],
      (v, when) => v.place.underwater
        ? [plot(`${when}, ${v.name} asked a big friendly whale to carry ${v.him} there.`), plot(`But the whale was fast asleep, and it snored so loudly that ${v.name} tumbled head over tail in the bubbles.`)]
        : [plot(`${when}, ${v.name} built a little cart from an old box, with four buttons for wheels.`), plot(`It rolled along beautifully for three whole minutes, and then all four wheels fell off at once.`), colour(`${v.name} sat in the broken cart and sighed.`)],
      (v, when) => [plot(`${when}, ${v.name} asked the wind to carry ${v.him} there.`), plot(`The wind blew and blew, but all it carried away was ${v.his} hat.`)],
    ],
    despair: (v) => `"I'll never ${own(v, verbPhrase, 'speaker')}," ${v.he} said. "It's just too far."`,
    advice: (v) => [
      plot(`"There is always another way," said ${v.helper}, "but you don't have to find it alone." ${v.h.He} unrolled an old map. "Look, here is a path around ${v.place.obstacle}. We'll go together, tomorrow at dawn."`),
    ],
    practice: (v) => [
      plot(`So at dawn they set off together, ${v.name} and ${v.helper}, following the map.`),
      plot(`${v.place.underwater ? 'They swam past an old anchor and along a long reef' : 'They crossed an old bridge and climbed a long hill'}, and when ${v.name}'s ${v.limbs} grew tired, ${v.helper} told ${v.him} stories to make the way shorter.`),
    ],
    hardPart: (v) => [
      plot(v.place.underwater ? 'The way was long. The water grew cold and dark, and then warm and bright, and then cold again.' : 'The way was long. The sun climbed high and hot, and then the rain came, and then the sun again.'),
      plot(`Once ${v.name} wanted to turn back, but ${v.helper} pointed to the path on the map. "Look how far we have come," ${v.h.he} said. And they ${v.place.underwater ? 'swam' : 'walked'} on.`),
    ],
    success: (v) => [
      plot(`And then, at last, they came over the top of the very last ${v.place.underwater ? 'reef' : 'hill'}, and ${v.name} stopped and stared.`),
      plot(`${v.He} had done it. ${v.He} was ${gerund(verb(v))} at last, and it was even more wonderful than ${v.he} had ever dreamed.`),
    ],
    dream: (v) => `of ${gerund(verb(v))} all over again`,
    titles: (v) => [titleCase(`the ${v.described} who wanted to ${verb(v)}`), titleCase(`${v.name}'s big journey`), titleCase(`${v.name} sets out`)],
  };
}
