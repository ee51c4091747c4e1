import type { StoryPlan } from '../../model';
import { planTable } from './plan-table';

const scene = (index: number, text: string, setting: string, characters: string[]) => ({
  index, text, start: 0, end: text.length, imagePrompt: '',
  description: { setting, timeOfDay: 'day' as const, weather: 'clear' as const, season: null, characters, objects: [], mood: 'calm' as const, action: '' },
});

const plan: StoryPlan = {
  title: 'The Fox',
  language: 'en',
  text: '',
  scenes: [scene(0, 'Once upon a time a fox lived in a wood.\n\n', 'forest', ['fox']), scene(1, 'She went home.', 'house', ['fox', 'owl'])],
  bible: {
    characters: [
      { id: 'fox', name: 'Fox', kind: 'fox', aliases: [], look: { palette: ['#e8812c'], clothing: 'orange fur', item: null, summary: 'an orange fox' } },
      { id: 'owl', name: 'Owl', kind: 'owl', aliases: [], look: { palette: ['#8a5a32'], clothing: 'brown feathers', item: null, summary: 'a brown owl' } },
    ],
  },
};

describe('planTable', () => {
  it('shows a heading, a row per scene and the characters', () => {
    const table = planTable(plan, { sceneWords: [10, 3], languageNote: 'given', columns: 100 });
    expect(table.split('\n')).toEqual([
      'The Fox — en (given) — 13 words — 2 scenes',
      '',
      ' #   words  setting  time   characters                      begins',
      ' 1      10  forest   day    Fox                             Once upon a time a fox lived in a wood.',
      ' 2       3  house    day    Fox, Owl                        She went home.',
      '',
      'Characters:',
      '  fox  Fox (fox): an orange fox',
      '  owl  Owl (owl): a brown owl',
      '',
    ]);
  });

  it('keeps rows within the width and says when there are no characters', () => {
    const long = { ...plan, scenes: [scene(0, 'word '.repeat(100), 'forest', [])], bible: { characters: [] } };
    const table = planTable(long, { sceneWords: [100], languageNote: 'guessed', columns: 80 });
    for (const line of table.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(table).toContain('No recurring characters found.');
    expect(table).toMatch(/\n 1 +100 +forest +day +— +word word .*…\n/);
  });
});
