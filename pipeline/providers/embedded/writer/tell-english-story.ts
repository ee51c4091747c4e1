import type { StoryLength } from '../../../model';
import { countWords } from './english-grammar';
import { attemptTimes, celebration, everyday, goingHome, help, lowPoint, news, opening, setback } from './english-beats';
import { englishFearPack } from './english-fear-pack';
import { englishFindPack } from './english-find-pack';
import { englishFriendPack } from './english-friend-pack';
import type { EnglishGoalPack } from './english-goal-pack';
import { englishLearnPack } from './english-learn-pack';
import { englishQuestPack } from './english-quest-pack';
import { englishTexture } from './english-texture';
import { englishVoice } from './english-voice';
import { fitLength } from './fit-length';
import { WORD_RANGES } from './word-ranges';
import type { Random } from '../../../seeded-random';
import type { StoryCast } from './story-cast';
import type { Goal } from './story-idea';
import { colour, type Paragraph } from './story-text';


export function englishPack(goal: Goal): EnglishGoalPack {
  switch (goal.kind) {
    case 'learn': return englishLearnPack(goal.verb);
    case 'fear': return englishFearPack(goal.thing);
    case 'find': return englishFindPack(goal.thing, goal.lost);
    case 'friend': return englishFriendPack();
    case 'quest': return englishQuestPack(goal.verb);
  }
}

/**
 * Tells the story shape in English: home, the wish, tries that fail, (a storm and) a low point,
 * help, practice, success, (a celebration,) going home. Longer stories have more of each.
 */
export function tellEnglishStory(cast: StoryCast, random: Random, length: StoryLength): { title: string; paragraphs: Paragraph[] } {
  const v = englishVoice(cast, random);
  const pack = englishPack(cast.goal);
  const times = attemptTimes(v);
  const attemptCount = { short: 2, medium: 3, long: 4 }[length];
  const [first, ...rest] = pack.attempts;
  const attempts = [first, ...random.shuffle(rest)].slice(0, attemptCount).map((attempt, index) => attempt(v, times[index]));
  const story: Paragraph[] = [opening(v)];
  if (length === 'long') story.push(everyday(v));
  story.push(pack.wish(v), ...attempts);
  if (length === 'long') story.push(setback(v));
  if (length !== 'short') story.push(lowPoint(v, pack));
  story.push(help(v, pack, length !== 'short'));
  if (length !== 'short' || pack.practiceLeadsToSuccess) story.push(pack.practice(v));
  if (length === 'long' && pack.hardPart) story.push(pack.hardPart(v));
  story.push(pack.success(v));
  if (length === 'long') story.push(news(v), celebration(v));
  story.push(goingHome(v, pack));
  const paragraphs = fitLength(story, WORD_RANGES[length], englishTexture(v), countWords);
  return { title: v.pick(pack.titles(v)), paragraphs };
}

