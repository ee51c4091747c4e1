import { capitalize, withArticle } from './english-grammar';
import type { EnglishGoalPack } from './english-goal-pack';
import { traitEcho, traitSentence } from './english-traits';
import type { EnglishVoice } from './english-voice';
import { colour, plot, type Paragraph, type Sentence } from './story-text';

/** The frame of the story shape, the same for every goal: home, low point, help, going home. */
const mornings = (v: EnglishVoice) => [
  `watched the sun come up over ${v.place.landmark}`,
  'said good morning to the flowers, one by one',
  'ate a breakfast of warm bread and honey',
  'counted the clouds as they drifted by',
  `hummed a little song as ${v.he} tidied ${v.his} home`,
];

function maybe(text: string | null): Sentence[] {
  return text ? [plot(text)] : [];
}

export function opening(v: EnglishVoice): Paragraph {
  const morning = v.pick(mornings(v));
  const thing = v.pick(v.place.things.filter((candidate) => candidate !== 'lantern').concat('basket'));
  return v.pick<() => Paragraph>([
    () => [plot(`Once upon a time, ${v.place.in}, there lived ${withArticle(v.described)} called ${v.name}.`), plot(`${v.He} lived in ${withArticle(v.home)}, and every morning ${v.he} ${morning}.`), ...maybe(traitSentence(v)), colour(`All around, ${v.place.sound}.`)],
    () => [plot(`${capitalize(v.place.in)}, where ${v.place.sound}, there lived ${withArticle(v.described)} named ${v.name}.`), plot(`${v.His} home was ${withArticle(v.home)}, and ${v.he} loved it very much.`), ...maybe(traitSentence(v)), colour(`Every morning ${v.he} ${morning}.`)],
    () => [plot(`There was once ${withArticle(v.described)} called ${v.name}, who lived ${v.place.in}.`), plot(`${v.His} home was ${withArticle(v.home)}, with ${withArticle(thing)} by the door and a lantern in the window.`), ...maybe(traitSentence(v)), colour(`Every morning ${v.he} ${morning}.`)],
  ])();
}

const afternoons = (v: EnglishVoice) => [
  `played hide and seek around ${v.place.landmark}`,
  'gathered flowers and funny-shaped stones',
  'had a little nap in the sunshine',
  'built towers out of sticks and pebbles',
];

export function everyday(v: EnglishVoice): Paragraph {
  const first = v.pick(mornings(v));
  const second = v.pick(afternoons(v));
  return [
    plot(`${v.name} had a happy life. In the mornings ${v.he} ${first}, in the afternoons ${v.he} ${second}, and in the evenings ${v.he} sat by the window and watched the stars come out.`),
    plot(`${v.His} favourite thing in the whole world was ${withArticle(v.pick(v.place.things))} that ${v.his} grandmother had given ${v.him}.`),
    colour(`${v.He} kept it safe and polished it every Sunday.`),
    colour(`On rainy days ${v.he} read old stories, and on sunny days ${v.he} made up new ones.`),
  ];
}

/** When each attempt happens: the weather and time change, so the pictures do too. */
export function attemptTimes(v: EnglishVoice): string[] {
  const snowy = v.cast.place === 'snowfield';
  return [
    'One bright morning',
    snowy ? 'The next day, while the snow was falling softly' : 'The next day, in the soft grey rain',
    'That afternoon, while the wind tugged at everything',
    'Early the next morning, at dawn',
    'One foggy morning',
  ];
}

export function setback(v: EnglishVoice): Paragraph {
  return [
    plot(`Then, one evening, a great storm blew in over ${v.place.the}. The rain poured down, the wind howled, and thunder rolled across the sky.`),
    plot(`${v.name} stayed inside ${v.his} home and listened to the storm, and ${v.his} wish seemed further away than ever.`),
    colour(`Drip, drip, went the rain. Drip, drip.`),
  ];
}

export function lowPoint(v: EnglishVoice, pack: EnglishGoalPack): Paragraph {
  return [
    plot(`That evening, at dusk, ${v.name} sat all alone by ${v.place.landmark}.`),
    plot(pack.despair(v)),
    colour(`The sky turned pink, then purple, then grey, and ${v.name} felt smaller than ever.`),
  ];
}

export function help(v: EnglishVoice, pack: EnglishGoalPack, afterLowPoint: boolean): Paragraph {
  const arrival = afterLowPoint
    ? [plot(`"Whatever is the matter?" asked a kind voice.`), plot(`It was ${v.helper} the ${v.helperKind}, who had lived ${v.place.within} for longer than anyone could remember.`)]
    : [plot(`Just then, ${v.helper} the ${v.helperKind}, who was very old and very wise, came by and saw ${v.name}'s sad face. ${v.name} told ${v.h.him} everything.`)];
  return [...arrival, ...pack.advice(v)];
}

/** Long stories only: word of the hero's success spreads before the celebration. */
export function news(v: EnglishVoice): Paragraph {
  return [
    plot(`News travels fast ${v.place.within}. ${v.place.underwater ? 'The fish told the crabs, the crabs told the currents, and the currents told everyone else.' : 'The bees told the flowers, the flowers told the wind, and the wind told everyone else.'}`),
    plot(`By lunchtime there was nobody left who had not heard what ${v.name} had done, and everybody wanted to hear the story again.`),
    colour(`${v.name} told it seven times, and it got a little bit better each time.`),
  ];
}

export function celebration(v: EnglishVoice): Paragraph {
  return [
    plot(`That afternoon, everyone ${v.place.within} came to celebrate. There was cake and honey and apples, and ${v.helper} made a little speech.`),
    plot(`"${v.name}," ${v.h.he} said, "you tried and tried, and you never gave up. That is the bravest thing of all."`),
    colour(`${v.name} smiled the biggest smile ${v.he} had ever smiled.`),
  ];
}

export function goingHome(v: EnglishVoice, pack: EnglishGoalPack): Paragraph {
  const ending = v.cast.bedtime
    ? plot(`${v.name} snuggled down in bed, closed ${v.his} eyes and fell fast asleep, dreaming ${pack.dream(v)}.`)
    : plot(`${v.name} smiled to ${v.himself}, because tomorrow would be another wonderful day.`);
  return [
    plot(`That night, ${v.name} went back to ${v.his} ${v.home}, tired and happy.`),
    ...maybe(traitEcho(v)),
    colour(`The moon rose over ${v.place.the}, the stars came out one by one, and everything grew still.`),
    ending,
    plot('The end.'),
  ];
}
