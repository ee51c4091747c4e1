import { capitalize, titleCase } from './english-grammar';
import type { EnglishGoalPack } from './english-goal-pack';
import type { EnglishVoice } from './english-voice';
import { colour, plot } from './story-text';

const NEW_FRIENDS = ['rabbit', 'hedgehog', 'mouse', 'duck', 'squirrel', 'fox', 'bear', 'frog'];
const SEA_FRIENDS = ['fish', 'octopus', 'turtle', 'dolphin', 'whale'];

/** The hero is lonely and wants a friend; the friend turns out to be lonely too. */
export function englishFriendPack(): EnglishGoalPack {
  const friend = (v: EnglishVoice) => {
    const choices = (v.place.underwater ? SEA_FRIENDS : NEW_FRIENDS).filter((kind) => kind !== v.kind && kind !== v.helperKind);
    return choices[v.name.length % choices.length];
  };
  return {
    wish: (v) => [
      plot(`But ${v.known} was lonely. There was nobody ${v.place.within} to play with, and nobody to share ${v.his} secrets with.`),
      plot(`Every evening ${v.he} watched ${v.others} playing together, and wished with all ${v.his} heart for a friend of ${v.his} own.`),
      colour(`"Just one friend," ${v.he} whispered to the first star. "That's all I wish for."`),
    ],
    attempts: [
      (v, when) => v.place.underwater
        ? [plot(`${when}, ${v.name} saw a little crab by ${v.place.landmark} and shouted "HELLO!" as loudly as ${v.he} could.`), plot(`But the crab got such a fright that it scuttled straight into a hole in the rock, and it did not come out again.`)]
        : [plot(`${when}, ${v.name} saw a little bird by ${v.place.landmark} and shouted "HELLO!" as loudly as ${v.he} could.`), plot(`But the bird got such a fright that it flew straight up into the sky, and it did not come back.`)],
      (v, when) => [plot(`${when}, ${v.name} baked a big cake to share with anyone who would like some.`), plot(`But on the way ${v.he} tripped over a root, and the cake landed, splat, upside down in the mud.`), colour(`"Oh, bother," said ${v.name}, and licked the icing off ${v.his} nose.`)],
      (v, when) => [plot(`${when}, ${v.name} tried to join a game of ball near ${v.place.landmark}.`), plot(`But ${v.he} did not know the rules, and ${v.he} kicked the ball so hard that it bounced right over the ${v.place.underwater ? 'reef' : 'hill'} and far away.`), colour(`Everyone went home to look for it, and ${v.name} was alone again.`)],
      (v, when) => [plot(`${when}, ${v.name} stood very still in ${v.his} best scarf, hoping someone would notice ${v.him}.`), plot(`Someone did notice: a fly, who landed on ${v.his} nose and buzzed very rudely.`)],
    ],
    despair: (v) => `"Nobody will ever want to be my friend," ${v.he} said quietly.`,
    advice: (v) => [
      plot(`"Friends aren't made with loud hellos or big cakes," said ${v.helper}. "They're made by noticing. Look around you. Is there someone who is lonely too?"`),
    ],
    practiceLeadsToSuccess: true,
    practice: (v) => [
      plot(`So ${v.name} looked, really looked, all around ${v.place.the}.`),
      plot(`And there, sitting all alone by ${v.place.landmark}, was a small ${friend(v)} with a sad face, drawing circles in the ${v.place.underwater ? 'sand' : 'dust'}.`),
    ],
    success: (v) => [
      plot(`${v.name} sat down beside the ${friend(v)}, not too close, and said softly, "Hello. I'm ${v.name}. Would you like to play?"`),
      plot(`The ${friend(v)} looked up, and a shy smile spread across its face. "Yes," it said. "Yes, please." And from that moment on, they were the very best of friends.`),
    ],
    dream: (v) => `of all the games ${v.he} would play tomorrow with ${v.his} new friend`,
    titles: (v) => [titleCase(`${v.name} finds a friend`), titleCase(`the lonely ${v.kind}`), capitalize(titleCase(`a friend for ${v.name}`))],
  };
}
