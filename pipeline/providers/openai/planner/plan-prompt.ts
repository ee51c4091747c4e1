import { CHARACTER_ITEMS, CHARACTER_KINDS, OBJECTS, SETTINGS } from '../../../model';
import type { ChatMessage } from '../writer/story-prompt';
import { languageName } from '../writer/story-prompt';

/**
 * The planner's chat. The story travels between <story> markers; the vocabulary lists steer the
 * model to keys the embedded illustrator can also draw, without forbidding others.
 */
export function planMessages(input: { story: string; language: string; scenes: number; exact: boolean }): ChatMessage[] {
  const count = input.exact ? `exactly ${input.scenes}` : `about ${input.scenes}`;
  const system = [
    'You plan an illustrated picture book from a story. Each scene is one page: a stretch of the story and one picture.',
    `Split the story into ${count} scenes, cutting between sentences where the place, the time or the action changes.`,
    "Copy each scene's text exactly from the story, character for character, with its punctuation. Together the scenes must contain the whole story, in order: leave nothing out, add nothing, change nothing, do not translate or correct it.",
    'List every character who appears in a picture, with one fixed look (one to four #rrggbb colours, clothing, at most one item, a one-sentence look) that stays the same on every page.',
    `Describe each scene with keys from these lists where one fits, otherwise with one short lowercase word.`,
    `Settings: ${SETTINGS.join(', ')}.`,
    `Character kinds: ${CHARACTER_KINDS.join(', ')}.`,
    `Objects: ${OBJECTS.join(', ')}.`,
    `Items: ${CHARACTER_ITEMS.join(', ')}.`,
    'The image prompt says what the picture shows in one or two sentences, in English, without art-style words (the style is added later) and without any writing in the picture.',
    `The story is in ${languageName(input.language)}; the title is in that language too.`,
  ].join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: `<story>\n${input.story}\n</story>` },
  ];
}
