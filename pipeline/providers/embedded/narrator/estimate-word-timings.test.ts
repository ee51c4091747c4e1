import { clauseBreaks, estimateWordTimings, floorToTenth, wordWeight } from './estimate-word-timings';
import { splitSentences } from './split-sentences';

function timings(text: string, audio: { offsetMs: number; durationMs: number; pauses: Array<{ startMs: number; endMs: number }> }) {
  const [sentence] = splitSentences(text, 'en');
  return estimateWordTimings(text, sentence, audio, 'en');
}

describe('wordWeight', () => {
  it('weighs longer words and more syllables more', () => {
    expect(wordWeight('grandmother', 'en')).toBeGreaterThan(wordWeight('fox', 'en'));
    expect(wordWeight('a', 'en')).toBeLessThan(wordWeight('the', 'en'));
  });
});

describe('clauseBreaks', () => {
  it('finds the words followed by clause punctuation', () => {
    const text = 'Yes, the fox ran; the owl - who knew - stayed (quietly) home.';
    const [sentence] = splitSentences(text, 'en');
    const after = clauseBreaks(text, sentence.words).map((index) => sentence.words[index].text);
    expect(after).toEqual(['Yes', 'ran', 'owl', 'knew', 'stayed', 'quietly']);
  });
});

describe('estimateWordTimings', () => {
  it('fills the sentence back to back, in order, inside its audio', () => {
    const words = timings('The little fox walked slowly home.', { offsetMs: 1000, durationMs: 2000, pauses: [] });
    expect(words.map((word) => word.text)).toEqual(['The', 'little', 'fox', 'walked', 'slowly', 'home']);
    expect(words[0].startMs).toBe(1000);
    expect(words[words.length - 1].endMs).toBe(3000);
    for (let index = 1; index < words.length; index++) expect(words[index].startMs).toBeCloseTo(words[index - 1].endMs, 0);
  });

  it('gives long words more time than short ones', () => {
    const [a, grandmother] = timings('A grandmother.', { offsetMs: 0, durationMs: 1000, pauses: [] });
    expect(grandmother.endMs - grandmother.startMs).toBeGreaterThan(2 * (a.endMs - a.startMs));
  });

  it('pins clauses to measured pauses that match the commas', () => {
    const words = timings('Once, in a forest, there lived a fox.', {
      offsetMs: 0,
      durationMs: 3000,
      pauses: [{ startMs: 350, endMs: 550 }, { startMs: 1300, endMs: 1340 }, { startMs: 1500, endMs: 1700 }],
    });
    const byText = Object.fromEntries(words.map((word) => [word.text, word]));
    expect(byText.Once.endMs).toBe(350);
    expect(byText.in.startMs).toBe(550);
    expect(byText.forest.endMs).toBe(1500);
    expect(byText.there.startMs).toBe(1700);
    expect(byText.fox.endMs).toBe(3000);
  });

  it('ignores measured pauses far from where the commas should be, and leaves a gap at the commas', () => {
    const words = timings('Once, in a forest far away there lived a fox.', { offsetMs: 0, durationMs: 3000, pauses: [{ startMs: 2700, endMs: 2900 }] });
    const [once, inWord] = words;
    expect(once.endMs).toBeLessThan(700);
    expect(inWord.startMs - once.endMs).toBeGreaterThan(100);
  });

  it('keeps offsets that slice the text back to each word', () => {
    const text = '"Hello," said the little fox.';
    for (const word of timings(text, { offsetMs: 0, durationMs: 1500, pauses: [] })) expect(text.slice(word.start, word.end)).toBe(word.text);
  });
});

describe('floorToTenth', () => {
  it('floors to a tenth of a millisecond', () => {
    expect(floorToTenth(12.3456)).toBe(12.3);
    expect(floorToTenth(99.99)).toBe(99.9);
    expect(floorToTenth(5)).toBe(5);
  });
});
