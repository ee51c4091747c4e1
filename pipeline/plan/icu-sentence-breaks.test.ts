import { icuSentenceBreaks } from './icu-sentence-breaks';

describe('icuSentenceBreaks', () => {
  it('finds the same breaks as one Intl.Segmenter pass, window by window', () => {
    const sentences = ['The fox ran.', 'Did the owl see it?', 'Mr. Brown laughed!', '"Yes," she said.', 'Then night came…'];
    const text = Array.from({ length: 400 }, (_, index) => sentences[index % sentences.length] + (index % 7 === 6 ? '\n\n' : ' ')).join('');
    const expected = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map((segment) => segment.index).slice(1);
    expect(icuSentenceBreaks(text, 'en')).toEqual(expected);
  });

  it('copes with a long stretch without any break', () => {
    const text = 'word '.repeat(3_000) + 'end. Next one.';
    expect(icuSentenceBreaks(text, 'en')).toEqual([text.indexOf('Next')]);
  });
});
