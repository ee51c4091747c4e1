import { sceneCuts } from './scene-cuts';
import type { WordTiming } from '../model';

/** A transcript whose words come every 400 ms, 300 ms long, with a long pause after each sentence. */
function transcriptOf(text: string): WordTiming[] {
  const words: WordTiming[] = [];
  let clock = 200;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    words.push({ text: match[0], start: match.index!, end: match.index! + match[0].length, startMs: clock, endMs: clock + 300 });
    clock += 400;
    if (/[.!?]/.test(text[match.index! + match[0].length] ?? '')) clock += 1000;
  }
  return words;
}

describe('cutting a recording at the scene boundaries', () => {
  const transcript = 'Once there was a fox. She lived by the river. One night the moon was gone.';
  const story = 'Once there was a fox.\n\nShe lived by the river.\n\nOne night the moon was gone.';
  const scenes = [{ start: 0, end: 23 }, { start: 23, end: 48 }, { start: 48, end: story.length }];

  it('cuts in the middle of the pause between scenes, covering the whole recording', () => {
    const words = transcriptOf(transcript);
    const cuts = sceneCuts(story, scenes, words, 12_000, 'en');
    expect(cuts.map((cut) => [cut.startMs, cut.endMs])).toEqual([[0, 2650], [2650, 5650], [5650, 12_000]]);
    // "fox" ends at 2100 ms and "She" starts at 3200 ms: the cut is halfway, at 2650.
    expect(words[4].endMs).toBe(2100);
    expect(words[5].startMs).toBe(3200);
  });

  it('gives each scene its own words, offsets into its text and times from its own start', () => {
    const cuts = sceneCuts(story, scenes, transcriptOf(transcript), 12_000, 'en');
    expect(cuts[1].words.map((word) => story.slice(23).slice(word.start, word.end))).toEqual(['She', 'lived', 'by', 'the', 'river']);
    expect(cuts[1].words[0]).toMatchObject({ text: 'She', start: 0, end: 3, startMs: 550, endMs: 850 });
    for (const cut of cuts) for (const word of cut.words) expect(word.endMs).toBeLessThanOrEqual(cut.endMs - cut.startMs);
  });

  it('finds the words even when the planner tidied the text, and lets a wordless scene be empty', () => {
    const tidied = 'Once there was a fox.\n\n…\n\nShe lived by the river.';
    const cuts = sceneCuts(tidied, [{ start: 0, end: 23 }, { start: 23, end: 26 }, { start: 26, end: tidied.length }], transcriptOf('Once there was a fox. She lived by the river.'), 6000, 'en');
    expect(cuts[1]).toEqual({ startMs: 2100, endMs: 3200, words: [] });
    expect(cuts[2].words[0].text).toBe('She');
  });
});
