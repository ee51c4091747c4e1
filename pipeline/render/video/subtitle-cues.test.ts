import { buildSubtitleCues, CUE_LIMITS, wrapCueText } from './subtitle-cues';
import { sampleTimeline } from './video-timeline.fixture';

describe('buildSubtitleCues', () => {
  it('makes one cue per short sentence, timed by the sentence and moved to its scene start', () => {
    const timeline = sampleTimeline(['The fox ran. The owl flew.', 'The moon rose.']);
    const cues = buildSubtitleCues(timeline);
    expect(cues.map((cue) => cue.lines.join(' '))).toEqual(['The fox ran.', 'The owl flew.', 'The moon rose.']);
    const [second] = timeline.scenes.slice(1);
    expect(cues[2].startMs).toBe(second.startMs + second.sentences[0].startMs);
    expect(cues[2].endMs).toBe(second.startMs + second.sentences[0].endMs);
    expect(cues[0].startMs).toBe(timeline.scenes[0].sentences[0].startMs);
  });

  it('splits a long sentence into even, readable cues of at most two 42-character lines', () => {
    const long =
      'The little fox ran through the tall grass, past the old oak tree and the sleeping badger, over the stream and up the hill, until at last she saw the moon rising round and bright above the forest.';
    const cues = buildSubtitleCues(sampleTimeline([long]));
    expect(cues.length).toBeGreaterThanOrEqual(3);
    for (const cue of cues) {
      expect(cue.lines.length).toBeLessThanOrEqual(CUE_LIMITS.lines);
      for (const line of cue.lines) expect(line.length).toBeLessThanOrEqual(CUE_LIMITS.lineCharacters);
      expect(cue.endMs - cue.startMs).toBeLessThanOrEqual(CUE_LIMITS.durationMs);
    }
    expect(cues.map((cue) => cue.lines.join(' ')).join(' ')).toBe(long);
    for (let index = 1; index < cues.length; index++) expect(cues[index].startMs).toBe(cues[index - 1].endMs);
    const lengths = cues.map((cue) => cue.lines.join(' ').length);
    expect(Math.min(...lengths)).toBeGreaterThan(Math.max(...lengths) / 3);
  });

  it('breaks at a comma just past the even split rather than mid-clause', () => {
    const cues = buildSubtitleCues(sampleTimeline(['Once upon a time, at the edge of a deep green forest, there lived a little fox called Fern.']));
    expect(cues.map((cue) => cue.lines.join(' '))).toEqual(['Once upon a time, at the edge of a deep green forest,', 'there lived a little fox called Fern.']);
  });

  it('keeps the punctuation and quotes of the text, and never lets cues overlap', () => {
    const cues = buildSubtitleCues(sampleTimeline(['One morning the fox met an old owl. "Where are you going?" asked the owl.']));
    expect(cues.map((cue) => cue.lines.join(' '))).toEqual(['One morning the fox met an old owl.', '"Where are you going?"', 'asked the owl.']);
    for (let index = 1; index < cues.length; index++) expect(cues[index].startMs).toBeGreaterThanOrEqual(cues[index - 1].endMs);
  });

  it('reads a scene without sentence timings as one sentence over its words', () => {
    const timeline = sampleTimeline(['no full stop here at all']);
    timeline.scenes[0].sentences = [];
    const cues = buildSubtitleCues(timeline);
    expect(cues).toHaveLength(1);
    expect(cues[0].lines).toEqual(['no full stop here at all']);
    expect(cues[0].startMs).toBe(timeline.scenes[0].words[0].startMs);
  });

  it('keeps a cue inside its scene', () => {
    const timeline = sampleTimeline(['The fox ran.', 'The owl flew.']);
    timeline.scenes[0].sentences[0].endMs = timeline.scenes[0].durationMs + 500;
    const cues = buildSubtitleCues(timeline);
    expect(cues[0].endMs).toBeLessThanOrEqual(timeline.scenes[1].startMs);
  });
});

describe('wrapCueText', () => {
  it('leaves a short line alone and breaks a long one at the space nearest the middle', () => {
    expect(wrapCueText('The fox ran.')).toEqual(['The fox ran.']);
    expect(wrapCueText('The little fox ran through the tall grass and looked up at the moon.')).toEqual([
      'The little fox ran through the tall',
      'grass and looked up at the moon.',
    ]);
  });
});
