import { groupSentences, segmentText, sentenceOf, wordAt } from './word-timeline';
import type { StorybookWord } from './storybook-data';

/** Words of `text` at 100 ms each, like a narrator's timings. */
function timed(text: string): StorybookWord[] {
  return [...text.matchAll(/\S+/g)].map((match, index) => ({
    start: match.index!,
    end: match.index! + match[0].length,
    startMs: index * 100,
    endMs: index * 100 + 80,
  }));
}

describe('segmentText', () => {
  it('shows every character once, words and gaps in order', () => {
    const text = 'The fox ran.\n\nThe owl <script>x</script> flew!';
    const segments = segmentText(text, timed(text));
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.word !== null).map((segment) => segment.text)).toEqual(text.match(/\S+/g));
    expect(segments[1]).toEqual({ text: ' ', word: null });
  });

  it('keeps untrustworthy words as plain text', () => {
    const text = 'one two three';
    const words = timed(text);
    const broken = [words[0], { ...words[0] }, { ...words[2], end: 99 }, words[1]];
    const segments = segmentText(text, broken);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.word !== null).map((segment) => segment.word)).toEqual([0, 3]);
  });

  it('handles a page with no timings yet', () => {
    expect(segmentText('Hello there', [])).toEqual([{ text: 'Hello there', word: null }]);
  });
});

describe('wordAt', () => {
  const words = timed('a b c d e');
  it('finds the last word that has started', () => {
    expect(wordAt(words, -1)).toBe(-1);
    expect(wordAt(words, 0)).toBe(0);
    expect(wordAt(words, 250)).toBe(2);
    expect(wordAt(words, 390)).toBe(3);
    expect(wordAt(words, 10_000)).toBe(4);
  });
  it('returns -1 when there are no words', () => {
    expect(wordAt([], 500)).toBe(-1);
  });
});

describe('groupSentences', () => {
  it('splits on closing punctuation, quotes included', () => {
    const text = '"Where are you going?" asked the owl. "Home," said the fox';
    const sentences = groupSentences(text, timed(text));
    expect(sentences.map((sentence) => sentence.text)).toEqual(['"Where are you going?"', 'asked the owl.', '"Home," said the fox']);
    expect(sentenceOf(sentences, 0)).toBe(0);
    expect(sentenceOf(sentences, 5)).toBe(1);
    expect(sentenceOf(sentences, 8)).toBe(2);
    expect(sentenceOf(sentences, 99)).toBe(-1);
  });

  it('finds sentence ends when word spans leave the punctuation out, as narrators do', () => {
    const text = '„Wohin so früh?“, fragte der Wolf. Er lachte! „Und du?“\n\nDann ging er.';
    const words = [...text.matchAll(/[\p{L}]+/gu)].map((match, index) => ({ start: match.index!, end: match.index! + match[0].length, startMs: index * 100, endMs: index * 100 + 80 }));
    expect(groupSentences(text, words).map((sentence) => sentence.text)).toEqual(['„Wohin so früh?“, fragte der Wolf.', 'Er lachte!', '„Und du?“', 'Dann ging er.']);
  });
});
