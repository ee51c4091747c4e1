import type { EnglishVoice } from './english-voice';

const COLOUR_LIKE: Record<string, string> = {
  red: 'a ripe apple', blue: 'the summer sky', green: 'a spring leaf', golden: 'the morning sun', yellow: 'a buttercup', white: 'fresh snow',
  black: 'the night sky', pink: 'a rose', purple: 'a plum', grey: 'a rain cloud', gray: 'a rain cloud', silver: 'the moon',
  orange: 'a pumpkin', brown: 'an acorn',
};

/** One sentence about what the prompt's adjective means for this hero ("shy" → hides when greeted). */
export function traitSentence(v: EnglishVoice): string | null {
  const adjective = v.cast.hero.adjective;
  if (!adjective) return null;
  const traits: Record<string, string> = {
    shy: `${v.name} was very shy. Whenever anyone said hello, ${v.he} hid behind ${v.place.landmark} and peeped out with one eye.`,
    timid: `${v.name} was very timid, and jumped at the smallest sound.`,
    brave: `${v.name} was brave about most things: thunder, spiders, even the big dog down the lane.`,
    curious: `${v.name} was curious about everything, and asked more questions in one day than the wind could answer in a year.`,
    lonely: `But ${v.name} was often lonely, for nobody else lived nearby.`,
    grumpy: `${v.name} was a little bit grumpy before breakfast, and sometimes after it too.`,
    clumsy: `${v.name} was a little clumsy, and tripped over ${v.his} own ${v.limbs} at least twice a day.`,
    sleepy: `${v.name} loved naps more than anything, and yawned the biggest yawns ${v.place.within}.`,
    little: `${v.name} was the smallest ${v.kind} for miles around, but ${v.his} heart was very big.`,
    tiny: `${v.name} was so tiny that a teacup would have made a fine bath.`,
    small: `${v.name} was the smallest ${v.kind} for miles around, but ${v.his} heart was very big.`,
    old: `${v.name} was old and wise, but there was still one thing ${v.he} had never done.`,
    clever: `${v.name} was clever, and could solve almost any puzzle. Almost.`,
    kind: `${v.name} was kind to everyone, even to the grumpy old crow.`,
    silly: `${v.name} was wonderfully silly, and could make anyone laugh.`,
    impatient: `${v.name} was impatient, and always wanted everything right now.`,
  };
  if (traits[adjective]) return traits[adjective];
  if (COLOUR_LIKE[adjective]) return `${v.name} was as ${adjective} as ${COLOUR_LIKE[adjective]}, from the tip of ${v.his} nose to the ends of ${v.his} ${v.limbs}.`;
  return `Everyone ${v.place.within} knew ${v.name} as the most ${adjective} ${v.kind} for miles around.`;
}

/** How the adjective looks at the end, when the hero has grown ("shy" → not shy this time). */
export function traitEcho(v: EnglishVoice): string | null {
  const echoes: Record<string, string> = {
    shy: `And for once, ${v.name} did not feel shy at all.`,
    timid: `And for once, ${v.name} did not jump at a single sound.`,
    lonely: `And ${v.name} did not feel lonely any more.`,
    grumpy: `Even grumpy ${v.name} could not stop smiling.`,
    impatient: `${v.name} had learned that the best things take a little time.`,
    little: `${v.name} was still small, but ${v.he} felt as tall as a tree.`,
    small: `${v.name} was still small, but ${v.he} felt as tall as a tree.`,
    tiny: `${v.name} was still tiny, but ${v.he} felt as tall as a tree.`,
  };
  return echoes[v.cast.hero.adjective ?? ''] ?? null;
}
