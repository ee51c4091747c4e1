import type { StoryLength } from '../../../model';
import { fitLength } from './fit-length';
import { germanAttemptTimes, germanCelebration, germanEveryday, germanGoingHome, germanHelp, germanLowPoint, germanNews, germanOpening, germanSetback } from './german-beats';
import { germanFearPack } from './german-fear-pack';
import { germanFindPack } from './german-find-pack';
import { germanFriendPack } from './german-friend-pack';
import type { GermanGoalPack } from './german-goal-pack';
import { germanLearnPack } from './german-learn-pack';
import { germanQuestPack } from './german-quest-pack';
import { germanTexture } from './german-texture';
import { germanVoice } from './german-voice';
import type { Random } from '../../../seeded-random';
import type { StoryCast } from './story-cast';
import type { Goal } from './story-idea';
import { countWords, type Paragraph } from './story-text';
import { WORD_RANGES } from './word-ranges';

export function germanPack(goal: Goal): GermanGoalPack {
  switch (goal.kind) {
    case 'learn': return germanLearnPack(goal.verb);
    case 'fear': return germanFearPack(goal.thing);
    case 'find': return germanFindPack(goal.thing, goal.lost);
    case 'friend': return germanFriendPack();
    case 'quest': return germanQuestPack(goal.verb);
  }
}

/** Erzählt dieselbe Geschichtsform wie tellEnglishStory, auf Deutsch. The goal's words are German. */
export function tellGermanStory(cast: StoryCast, random: Random, length: StoryLength): { title: string; paragraphs: Paragraph[] } {
  const v = germanVoice(cast, random);
  const pack = germanPack(cast.goal);
  const times = germanAttemptTimes(v);
  const attemptCount = { short: 2, medium: 3, long: 4 }[length];
  const [first, ...rest] = pack.attempts;
  const attempts = [first, ...random.shuffle(rest)].slice(0, attemptCount).map((attempt, index) => attempt(v, times[index]));
  const story: Paragraph[] = [germanOpening(v)];
  if (length === 'long') story.push(germanEveryday(v));
  story.push(pack.wish(v), ...attempts);
  if (length === 'long') story.push(germanSetback(v));
  if (length !== 'short') story.push(germanLowPoint(v, pack));
  story.push(germanHelp(v, pack, length !== 'short'));
  if (length !== 'short' || pack.practiceLeadsToSuccess) story.push(pack.practice(v));
  if (length === 'long' && pack.hardPart) story.push(pack.hardPart(v));
  story.push(pack.success(v));
  if (length === 'long') story.push(germanNews(v), germanCelebration(v));
  story.push(germanGoingHome(v, pack));
  return { title: v.pick(pack.titles(v)), paragraphs: fitLength(story, WORD_RANGES[length], germanTexture(v), countWords) };
}
