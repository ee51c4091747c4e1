import { groupScenes } from './group-scenes';
import type { BreakKind, StoryUnit } from './story-unit';

function units(spec: [number, BreakKind | null, { cue?: boolean; dialogue?: boolean }?][]): StoryUnit[] {
  let start = 0;
  return spec.map(([words, breakBefore, flags]) => {
    const unit = { start, end: start + words, words, breakBefore, cue: flags?.cue ?? false, dialogue: flags?.dialogue ?? false };
    start += words;
    return unit;
  });
}

const sizes = (all: StoryUnit[], count: number) => groupScenes(all, count).map((group) => all.slice(group.first, group.last).reduce((sum, unit) => sum + unit.words, 0));

describe('groupScenes', () => {
  it('makes exactly the scenes asked for, contiguous and in order', () => {
    const all = units(Array.from({ length: 40 }, (_, index) => [10, index === 0 ? null : index % 4 === 0 ? 'paragraph' : 'sentence']));
    const groups = groupScenes(all, 7);
    expect(groups).toHaveLength(7);
    expect(groups[0].first).toBe(0);
    expect(groups[groups.length - 1].last).toBe(40);
    groups.slice(1).forEach((group, index) => expect(group.first).toBe(groups[index].last));
  });

  it('prefers to end a scene at a paragraph rather than at the nearest sentence', () => {
    const all = units([[30, null], [30, 'sentence'], [30, 'sentence'], [30, 'paragraph'], [30, 'sentence'], [30, 'sentence']]);
    expect(groupScenes(all, 2)).toEqual([{ first: 0, last: 3 }, { first: 3, last: 6 }]);
  });

  it('ends a scene before a scene-change cue when sizes are otherwise equal', () => {
    const plain = units([[40, null], [40, 'sentence'], [40, 'sentence'], [40, 'sentence']]);
    const cued = units([[40, null], [40, 'sentence'], [40, 'sentence', { cue: true }], [40, 'sentence']]);
    expect(sizes(plain, 2)).toEqual([80, 80]);
    expect(groupScenes(cued, 3).map((group) => group.first)).toContain(2);
  });

  it('keeps a conversation together when a paragraph break outside it is near', () => {
    const all = units([[30, null], [30, 'paragraph', { dialogue: true }], [30, 'paragraph', { dialogue: true }], [35, 'paragraph']]);
    expect(groupScenes(all, 2)).toEqual([{ first: 0, last: 3 }, { first: 3, last: 4 }]);
  });

  it('makes one scene per unit when fewer units than scenes are asked for', () => {
    expect(groupScenes(units([[5, null], [5, 'sentence']]), 10)).toEqual([{ first: 0, last: 1 }, { first: 1, last: 2 }]);
  });
});
