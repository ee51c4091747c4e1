import { capitalize, gerund, titleCase, withArticle } from './english-grammar';
import type { EnglishGoalPack } from './english-goal-pack';
import { LEARN_DETAILS, type LearnDetail } from './english-learn-details';
import { perseverance } from './english-perseverance';
import { own, type EnglishVoice } from './english-voice';
import { colour, plot } from './story-text';

/** The hero wants to master a skill: swimming, flying, reading, singing, or any verb the prompt names. */
export function englishLearnPack(verbPhrase: string): EnglishGoalPack {
  const key = verbPhrase.split(' ')[0];
  const detail: LearnDetail | undefined = LEARN_DETAILS[key];
  const verb = (v: EnglishVoice) => own(v, verbPhrase);
  const doing = (v: EnglishVoice) => gerund(verb(v));
  const generic = GENERIC_ATTEMPTS.map((attempt) => (v: EnglishVoice, when: string) => attempt(v, when, verb(v)));
  return {
    wish: (v) => [
      plot(`But ${v.known} had a secret wish. More than anything in the whole wide world, ${v.he} wanted to ${verb(v)}.`),
      plot(`Every day ${v.he} watched ${detail?.others ?? v.others} ${doing(v)} ${detail?.where(v) ?? v.place.within}, and every day ${v.he} sighed a long, small sigh.`),
      colour(`"Whoever heard of ${withArticle(v.kind)} who could ${verb(v)}?" ${v.he} whispered to ${v.himself}. "But oh, how I wish I could."`),
    ],
    attempts: detail ? [...detail.attempts, generic[2], generic[3]] : generic,
    despair: (v) => `"I will never, ever be able to ${own(v, verbPhrase, 'speaker')}," ${v.he} said, and a big tear rolled down ${v.his} cheek.`,
    advice: (v) => [
      plot(detail?.advice(v) ?? `"Nobody learns to ${verb(v)} in one day," said ${v.helper} gently. "Not me, not anyone. Start small, try a little every day, and don't be afraid to wobble."`),
      colour(`"And you don't have to do it alone," ${v.h.he} added with a smile. "I'll help you."`),
    ],
    practice: (v) => [
      plot(`So every morning, ${v.name} went to practise with ${v.helper}.`),
      plot(detail?.practice(v) ?? `On the first day ${v.he} tried the smallest step, and only wobbled a little. On the second day ${v.he} tried two steps, and wobbled a lot. By the end of the week, ${v.he} wobbled less and laughed more.`),
      colour(`"Again," said ${v.helper} each time, and each time ${v.name} tried again.`),
    ],
    hardPart: perseverance,
    success: (v) => [
      plot(`Then, one sunny morning, ${v.name} took a deep breath and tried once more.`),
      ...(detail?.success(v) ?? [plot(`Slowly, carefully, just as ${v.helper} had shown ${v.him}, ${v.he} began, and this time nothing went wrong. ${v.name} was ${doing(v)}!`)]),
      colour(`"I did it!" ${v.he} shouted. "I really, truly did it!"`),
    ],
    dream: (v) => detail?.dream ?? `of ${doing(v)}`,
    titles: (v) => [
      titleCase(`the ${v.described} who learned to ${verb(v)}`),
      titleCase(`${v.name} learns to ${verb(v)}`),
      titleCase(`how ${v.name} learned to ${verb(v)}`),
    ],
  };
}

type Attempt = (v: EnglishVoice, when: string, verb: string) => ReturnType<EnglishGoalPack['attempts'][number]>;

const GENERIC_ATTEMPTS: Attempt[] = [
  (v, when, verb) => [
    plot(`${when}, ${v.name} decided to ${verb} all by ${v.himself}. ${v.He} watched how the others did it, took a deep breath and tried as hard as ${v.he} could.`),
    plot(`But it was much harder than it looked, and, bump, ${v.he} ended up in a heap on the ground.`),
    colour(`"Maybe tomorrow," ${v.he} said, rubbing ${v.his} nose.`),
  ],
  (v, when, verb) => [
    plot(`${when}, ${v.name} found an old book about ${gerund(verb)} and read it from cover to cover.`),
    plot(`${v.He} knew every word of it by heart. But when ${v.he} tried, ${v.his} ${v.limbs} got all muddled, and nothing went the way the book said.`),
    colour(`${v.He} closed the book with a thump.`),
  ],
  (v, when) => [
    plot(`${when}, ${v.name} practised in secret behind ${v.place.landmark}, all alone, until the moon came up.`),
    plot(`But the more ${v.he} hurried, the more things went wrong, until ${v.he} was far too tired to try again.`),
    colour(v.place.underwater ? `An old turtle drifted by and shook its head, as if to say, "Not like that."` : `An owl hooted softly from a branch, as if to say, "Not like that."`),
  ],
  (v, when) => [
    plot(`${when}, ${v.name} tried copying exactly what ${v.others} did, move for move.`),
    plot(`But ${v.he} was ${withArticle(v.kind)}, and ${v.he} was ${v.himself}, and it simply did not work.`),
    colour(`${capitalize(v.he)} flopped down on the grass with a grumble.`),
  ],
];
