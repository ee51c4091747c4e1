import { capitalize, titleCase } from './english-grammar';
import type { EnglishGoalPack } from './english-goal-pack';
import { own, type EnglishVoice } from './english-voice';
import { colour, plot } from './story-text';

/** The hero has lost something, or sets out to find something wonderful. */
export function englishFindPack(wanted: string, lost: boolean): EnglishGoalPack {
  const phrase = lost ? wanted.replace(/\blost /, '') : wanted;
  const thing = (v: EnglishVoice) => own(v, phrase);
  const owned = phrase.includes('{his}');
  const titled = (v: EnglishVoice) => phrase.replace(/\{his\} /, `${v.name}'s `);
  return {
    wish: (v) => lost
      ? [plot(`One morning, ${v.known} woke up and reached for ${thing(v)}, but it was gone!`), plot(`${v.He} looked on the shelf and under the bed and behind the door, but ${thing(v)} was nowhere to be found.`), colour(`"It can't have walked away by itself," ${v.he} said. "I must find it."`)]
      : [plot(`One evening, ${v.known} heard an old story about ${thing(v)}, hidden somewhere ${v.place.within}.`), plot(`From that moment ${v.he} could think of nothing else. More than anything in the world, ${v.he} wanted to find it.`), colour(`"Tomorrow," ${v.he} said, "I'll start looking."`)],
    attempts: [
      (v, when) => [plot(`${when}, ${v.name} searched all around ${v.place.landmark}.`), plot(`${v.He} looked high and low, under every leaf and behind every stone, but all ${v.he} found was a sleepy snail, who grumbled about being woken up.`)],
      (v, when) => [plot(`${when}, ${v.name} followed some footprints in the soft mud, sure they would lead to ${thing(v)}.`), plot(`They led round and round in a big circle, until ${v.name} saw that they were ${v.his} own footprints.`), colour(`${v.He} laughed in spite of ${v.himself}.`)],
      (v, when) => [plot(`${when}, ${v.name} climbed up to ${v.place.high} to look far and wide.`), plot(`But a thick fog rolled in, and ${v.he} could not even see the end of ${v.his} own nose.`)],
      (v, when) => [plot(`${when}, ${v.name} asked everyone ${v.he} met whether they had seen ${thing(v)}.`), plot(`The ducks had not. The bees were too busy. And the old cat only yawned and went back to sleep.`)],
    ],
    despair: (v) => `"I'll never find ${own(v, phrase, 'speaker')}," ${v.he} said, and ${v.his} voice wobbled.`,
    advice: (v) => [
      plot(`"I might know where to look," said ${v.helper}, and ${v.h.he} drew a little map in the sand with a stick. "Follow the path past ${v.place.landmark}, and look where the last light falls at the end of the day."`),
      colour(`Then ${v.h.he} gave ${v.name} a lantern, "for the way home."`),
    ],
    practice: (v) => [
      plot(`So ${v.name} set off with the map and the lantern, past ${v.place.landmark} and beyond ${v.place.obstacle}, further than ${v.he} had ever been before.`),
      colour(`${v.His} ${v.limbs} grew tired, but ${v.he} kept going, one step and then another.`),
    ],
    hardPart: (v) => [
      plot(`The path grew dark, and the lantern flickered. Twice ${v.name} took the wrong turning, and once ${v.he} thought ${v.he} heard something big moving in the shadows.`),
      plot(`But it was only the wind, and ${v.name} remembered the map, and found the path again.`),
    ],
    success: (v) => [
      plot(`And there, just where the last light of the evening fell, was ${thing(v)}!`),
      plot(`${v.name} held it tight. "I found it," ${v.he} whispered. "I really found it."`),
    ],
    dream: (v) => `of ${thing(v)}`,
    titles: (v) => owned
      ? [titleCase(`${titled(v)}`), titleCase(`the search for ${titled(v)}`), `${capitalize(titleCase(`where is ${titled(v)}`))}?`]
      : [titleCase(`${v.name} and ${titled(v).replace(/^(a|an) /, 'the ')}`), titleCase(`the search for ${titled(v)}`), titleCase(`${v.name} looks for ${titled(v)}`)],
  };
}
