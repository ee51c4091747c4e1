import { assembleNarration, pausesForRate, type AssembleOptions, type SpokenClip } from './assemble-narration';
import { splitSentences } from './split-sentences';

const OPTIONS: AssembleOptions = { sampleRate: 1000, sentencePauseMs: 250, paragraphPauseMs: 600, emptyMs: 300, primaryLanguage: 'en' };

function speech(milliseconds: number, value = 5000): SpokenClip {
  return { samples: new Int16Array(milliseconds).fill(value), pauses: [] };
}

describe('assembleNarration', () => {
  const text = 'The fox ran. The owl flew.\n\nThen night came.';
  const sentences = splitSentences(text, 'en');
  const result = assembleNarration(text, sentences, [speech(1000, 1), speech(800, 2), speech(1200, 3)], OPTIONS);

  it('joins clips with a short pause between sentences and a longer one between paragraphs', () => {
    expect(result.samples.length).toBe(1000 + 250 + 800 + 600 + 1200);
    expect(result.durationMs).toBe(3850);
    expect(result.samples[999]).toBe(1);
    expect(result.samples.subarray(1000, 1250).every((sample) => sample === 0)).toBe(true);
    expect(result.samples[1250]).toBe(2);
    expect(result.samples.subarray(2050, 2650).every((sample) => sample === 0)).toBe(true);
    expect(result.samples[2650]).toBe(3);
  });

  it('times each sentence exactly from the sample counts', () => {
    expect(result.sentences).toEqual([
      { start: 0, end: 12, startMs: 0, endMs: 1000 },
      { start: 13, end: 26, startMs: 1250, endMs: 2050 },
      { start: 28, end: 44, startMs: 2650, endMs: 3850 },
    ]);
  });

  it('keeps every word inside its sentence and the words in order', () => {
    expect(result.words).toHaveLength(9);
    result.words.forEach((word, index) => {
      const sentence = result.sentences.find((candidate) => word.start >= candidate.start && word.end <= candidate.end)!;
      expect(word.startMs).toBeGreaterThanOrEqual(sentence.startMs);
      expect(word.endMs).toBeLessThanOrEqual(sentence.endMs);
      expect(word.endMs).toBeGreaterThanOrEqual(word.startMs);
      if (index > 0) expect(word.startMs).toBeGreaterThanOrEqual(result.words[index - 1].endMs);
      expect(text.slice(word.start, word.end)).toBe(word.text);
    });
  });

  it('gives a short silence for text with nothing to say', () => {
    const empty = assembleNarration(' ... ', [], [], { ...OPTIONS, sampleRate: 22050 });
    expect(empty.samples.length).toBe(Math.round(22050 * 0.3));
    expect(empty.durationMs).toBeCloseTo(300, 1);
    expect(empty.words).toEqual([]);
    expect(empty.sentences).toEqual([]);
  });

  it('refuses clips that do not match the sentences', () => {
    expect(() => assembleNarration(text, sentences, [speech(10)], OPTIONS)).toThrow(/3 sentences but 1 clips/);
  });
});

describe('pausesForRate', () => {
  it('stretches pauses for slow narration and shortens them for fast', () => {
    expect(pausesForRate(1)).toEqual({ sentencePauseMs: 250, paragraphPauseMs: 600 });
    expect(pausesForRate(0.5).sentencePauseMs).toBe(500);
    expect(pausesForRate(2).paragraphPauseMs).toBe(300);
  });
});
