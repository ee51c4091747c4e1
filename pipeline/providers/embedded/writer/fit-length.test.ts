import { countWords } from './english-grammar';
import { fitLength } from './fit-length';
import { colour, paragraphText, plot, type Paragraph } from './story-text';

const total = (story: Paragraph[]) => story.reduce((sum, paragraph) => sum + countWords(paragraphText(paragraph)), 0);

describe('fitLength', () => {
  const story: Paragraph[] = [
    [plot('One two three four five.'), colour('Six seven eight.')],
    [plot('Nine ten eleven.'), colour('Twelve thirteen fourteen fifteen.'), colour('Sixteen.')],
    [plot('The end.')],
  ];

  it('drops optional sentences, longest paragraph first, but never plot', () => {
    const fitted = fitLength(story, { min: 0, max: 12 }, [], countWords);
    expect(total(fitted)).toBeLessThanOrEqual(12);
    expect(fitted.flat().filter((sentence) => !sentence.optional)).toEqual(story.flat().filter((sentence) => !sentence.optional));
    expect(fitLength(story, { min: 0, max: 3 }, [], countWords).flat().every((sentence) => !sentence.optional)).toBe(true);
  });

  it('adds colour to the ends of middle paragraphs to reach the minimum', () => {
    const fitted = fitLength(story, { min: 25, max: 100 }, ['Alpha beta gamma delta.', 'Epsilon zeta eta theta.', 'Unused one two three.'], countWords);
    expect(total(fitted)).toBeGreaterThanOrEqual(25);
    expect(fitted[0]).toEqual(story[0]);
    expect(fitted[2]).toEqual(story[2]);
    expect(fitted[1][0].text).toBe('Nine ten eleven.');
    expect(fitted[1].slice(0, 3)).toEqual(story[1]);
    expect(fitted[1][3]).toEqual({ text: 'Alpha beta gamma delta.', optional: true });
    expect(story[1]).toHaveLength(3);
  });
});
