import { alignWords, splitHeard, wordKey } from './align-words';
import { estimateNarrationTimings, textWords, timedSentences } from './narration-timings';
import { splitSentences } from '../embedded/narrator/split-sentences';

const heardEvery = (words: string[], stepMs = 400) => words.map((text, index) => ({ text, startMs: 100 + index * stepMs, endMs: 100 + index * stepMs + stepMs * 0.8 }));

function expectContract(text: string, words: ReturnType<typeof alignWords>['words'], durationMs: number) {
  let previousEnd = 0;
  for (const word of words) {
    expect(text.slice(word.start, word.end)).toBe(word.text);
    expect(word.startMs).toBeGreaterThanOrEqual(previousEnd);
    expect(word.endMs).toBeGreaterThanOrEqual(word.startMs);
    expect(word.endMs).toBeLessThanOrEqual(durationMs);
    previousEnd = word.endMs;
  }
}

describe('aligning heard words to the text', () => {
  it('keys words by letters and digits only, without case or accents', () => {
    expect(wordKey('Été,')).toBe('ete');
    expect(wordKey('Red-Cap!')).toBe('redcap');
    expect(splitHeard([{ text: 'Red-Cap', startMs: 0, endMs: 600 }]).map((piece) => [piece.text, piece.startMs, piece.endMs])).toEqual([['Red', 0, 300], ['Cap', 300, 600]]);
  });

  it('takes the heard times for every word when the recogniser heard the text exactly', () => {
    const text = 'Once upon a time, a fox lived by the river.';
    const words = textWords(text, 'en');
    const heard = heardEvery(['Once', 'upon', 'a', 'time', 'a', 'fox', 'lived', 'by', 'the', 'river']);
    const aligned = alignWords(words, heard, 5000);
    expect(aligned.matched).toBe(10);
    expect(aligned.words.map((word) => word.startMs)).toEqual(heard.map((word) => word.startMs));
    expectContract(text, aligned.words, 5000);
  });

  it('steps over words the recogniser added, dropped, merged or misheard', () => {
    const text = 'Little Red-Cap walked 3 miles into the dark wood.';
    const words = textWords(text, 'en');
    const heard = heardEvery(['Um', 'Little', 'Red-Cap', 'walked', 'three', 'miles', 'in', 'the', 'dark', 'wood']);
    const aligned = alignWords(words, heard, 6000);
    const byText = Object.fromEntries(aligned.words.map((word) => [word.text, word]));
    expect(byText.Little.startMs).toBe(heard[1].startMs);
    expect(byText.Red.startMs).toBe(heard[2].startMs);
    expect(byText.Cap.endMs).toBeCloseTo(heard[2].endMs, 0);
    expect(byText.miles.startMs).toBe(heard[5].startMs);
    expect(byText.wood.startMs).toBe(heard[9].startMs);
    // "3" and "into" were heard differently: they get the time between their neighbours.
    expect(byText['3'].startMs).toBeGreaterThanOrEqual(byText.walked.endMs);
    expect(byText['3'].endMs).toBeLessThanOrEqual(byText.miles.startMs);
    expect(aligned.matched).toBe(8);
    expectContract(text, aligned.words, 6000);
  });

  it('spreads the whole audio over the text when nothing was heard, and never passes the end', () => {
    const text = 'The moon was gone. Nobody knew where.';
    const aligned = alignWords(textWords(text, 'en'), [], 3000);
    expect(aligned.matched).toBe(0);
    expect(aligned.words[0].startMs).toBe(0);
    expect(aligned.words[aligned.words.length - 1].endMs).toBeLessThanOrEqual(3000);
    const late = alignWords(textWords('Good night.', 'en'), [{ text: 'Good', startMs: 900, endMs: 1400 }, { text: 'night', startMs: 1400, endMs: 2500 }], 2000);
    expectContract('Good night.', late.words, 2000);
    expect(late.words[1].endMs).toBe(2000);
  });
});

describe('estimated narration timings', () => {
  it('times every word and sentence inside the audio, sentences in order', () => {
    const text = 'Once upon a time, a small fox lived by the river. Every night she watched the moon.\n\nOne evening, the moon was gone!';
    const estimate = estimateNarrationTimings(text, 'en', 9000);
    expect(estimate.words.length).toBe(textWords(text, 'en').length);
    expect(estimate.sentences.length).toBe(3);
    expectContract(text, estimate.words, 9000);
    expect(estimate.sentences[1].startMs).toBeGreaterThan(estimate.sentences[0].endMs);
    expect(estimate.words[estimate.words.length - 1].endMs).toBeGreaterThan(8000);
  });

  it('gives nothing for text with nothing to say', () => {
    expect(estimateNarrationTimings(' … !? ', 'en', 300)).toEqual({ words: [], sentences: [] });
  });

  it('makes sentence times from the words inside each sentence', () => {
    const text = 'One. Two three.';
    const words = [
      { text: 'One', start: 0, end: 3, startMs: 0, endMs: 300 },
      { text: 'Two', start: 5, end: 8, startMs: 600, endMs: 800 },
      { text: 'three', start: 9, end: 14, startMs: 800, endMs: 1100 },
    ];
    expect(timedSentences(splitSentences(text, 'en'), words)).toEqual([
      { start: 0, end: 4, startMs: 0, endMs: 300 },
      { start: 5, end: 15, startMs: 600, endMs: 1100 },
    ]);
  });
});
