import { capitalize, titleCase, withArticle } from './english-grammar';
import type { EnglishGoalPack } from './english-goal-pack';
import type { EnglishVoice } from './english-voice';
import { colour, plot } from './story-text';

/** The hero is afraid: of the dark (a night story), of some other thing, or just wants to be brave. */
export function englishFearPack(feared: string | null): EnglishGoalPack {
  const thing = feared ?? 'the dark';
  const dark = /\b(dark|night)\b/.test(thing);
  return {
    wish: (v) => [
      plot(`But ${v.known} had a secret that ${v.he} told nobody. ${v.He} was afraid of ${thing}.`),
      plot(dark
        ? `Every night, when the sun went down and the shadows grew long, ${v.he} hid under ${v.his} blanket with only the tip of ${v.his} nose peeping out.`
        : `Whenever ${v.he} even thought about ${thing}, ${v.his} ${v.limbs} began to tremble and ${v.his} heart went thump, thump, thump.`),
      colour(`"${capitalize(withArticle(v.kind))} should be brave," ${v.he} told ${v.himself}. "But I'm not. Not one little bit."`),
    ],
    attempts: [
      (v, when) => dark
        ? [plot(`${when}, ${v.name} decided that tonight ${v.he} would stay up and look at the dark.`), plot(`${v.He} sat by the window with a lantern, very straight and very brave, until a shadow moved on the wall. With a squeak, ${v.he} dived under the blanket.`), colour(`The shadow was only a branch, nodding in the wind.`)]
        : [plot(`${when}, ${v.name} decided that today ${v.he} would be brave about ${thing}.`), plot(`${v.He} puffed out ${v.his} chest and took one step, then another, and then ${v.his} ${v.limbs} began to shake, and ${v.he} ran all the way home.`)],
      (v, when) => [plot(`${when}, ${v.name} tried singing a loud, brave song to chase the fear away.`), plot(`But the longer ${v.he} sang, the smaller ${v.his} song became, until it was only a squeak.`), colour(`"La la la," ${v.he} whispered. It did not help.`)],
      (v, when) => [plot(`${when}, ${v.name} made a plan. ${v.He} would carry a lantern for light, a bell to ring for help and an apple in case ${v.he} got hungry.`), plot(`But ${v.he} was so busy holding everything that ${v.he} dropped it all with a clatter, and the noise gave ${v.him} such a fright that ${v.he} hid behind ${v.place.landmark}.`)],
      (v, when) => [plot(`${when}, ${v.name} tried closing ${v.his} eyes tight, so that ${v.he} would not have to see anything scary at all.`), plot(`But with ${v.his} eyes closed, ${v.he} walked straight into ${v.place.landmark}. Bonk!`), colour(`${v.He} sat down and rubbed ${v.his} head.`)],
    ],
    despair: (v) => `"I'll be scared of ${thing} for ever and ever," ${v.he} sniffed.`,
    advice: (v) => [
      plot(`"Being brave doesn't mean not being scared," said ${v.helper}. "It means being scared, and going a little way anyway, with a friend beside you."`),
      colour(`"Come," ${v.h.he} said, and held out ${v.h.his} hand. "Let me show you something."`),
    ],
    practice: (v) => [
      plot(dark ? `That night, ${v.helper} walked beside ${v.name} through the dark, one small step at a time, and told ${v.him} the name of every sound.` : `So ${v.helper} walked beside ${v.name}, one small step at a time, and they talked about everything that made ${v.him} scared.`),
      plot(dark ? `"That rustle is the wind," ${v.h.he} said. "That hoot is an owl saying good night. That glow is a firefly, lighting its little lamp."` : `"Look closely," ${v.h.he} said. "Things are always smaller when you look at them properly."`),
    ],
    hardPart: (v) => [
      plot(dark ? `The next night was harder. Clouds hid the moon, and every shadow looked like a monster.` : `The next day was harder. ${v.name}'s ${v.limbs} shook, and ${v.he} wanted to run home.`),
      plot(`"Let's count them together," said ${v.helper}, and they counted slow breaths, one, two, three, until ${v.name}'s heart was calm again.`),
    ],
    success: (v) => dark
      ? [plot(`Then ${v.name} looked up, and gasped. The night sky was full of stars, thousands and thousands of them, and the moon was smiling down like an old friend.`), plot(`"The dark isn't empty at all," ${v.name} whispered. "It's full of friends." And ${v.he} wasn't scared any more.`)]
      : [plot(`${v.name} walked right up to ${thing}, with ${v.his} ${v.limbs} only shaking a tiny bit, and looked at it properly for the very first time.`), plot(`It was not so terrible after all. ${v.name} had been brave, and being brave felt wonderful.`)],
    dream: () => (dark ? 'of stars and moonlight' : 'of brave adventures'),
    titles: (v) => [titleCase(`${v.name} and ${thing}`), titleCase(`the ${v.described} who was afraid of ${thing}`), titleCase(`brave little ${v.name}`)],
  };
}

