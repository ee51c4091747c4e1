import { fixedWidthMeasurer } from './fixed-width-measurer';
import { breakLines, prepareText } from './line-breaking';

const measurer = fixedWidthMeasurer(0.5);
const lineText = (line: { runs: { text: string }[] }) => line.runs.map((run) => run.text).join('');
const sentence = 'Once upon a time a little fox lived at the edge of a dark forest and every night she looked at the moon.';

describe('breakLines', () => {
  it('breaks at spaces, never wider than the line, keeping every word in order', () => {
    const lines = breakLines(prepareText(sentence, ['body'], measurer), 10, measurer);
    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(10);
    // Greedy: the first word of each next line would not have fitted on the line before.
    lines.slice(1).forEach((line, index) => expect(lines[index].width + 0.5 + lineText(line).split(' ')[0].length * 0.5).toBeGreaterThan(10));
    expect(lines.map(lineText).join(' ')).toBe(sentence);
  });

  it('starts paragraphs and the author own line breaks on new lines', () => {
    const lines = breakLines(prepareText('One fish,\ntwo fish.\n\nRed fish.', ['body'], measurer), 100, measurer);
    expect(lines.map(lineText)).toEqual(['One fish,', 'two fish.', 'Red fish.']);
    expect(lines.map((line) => line.paragraphStart)).toEqual([true, false, true]);
    expect(lines.every((line) => line.trailingSpace)).toBe(true);
  });

  it('puts no space between lines of Chinese', () => {
    const lines = breakLines(prepareText('小狐狸看着月亮。小狐狸看着月亮。', ['fallback'], measurer), 3, measurer);
    expect(lines.map(lineText)).toEqual(['小狐狸看着月', '亮。小狐狸看', '着月亮。']);
    expect(lines.some((line) => line.trailingSpace)).toBe(false);
  });

  it('splits a word longer than the line instead of letting it overflow', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitän';
    const lines = breakLines(prepareText(`the ${word} sails`, ['body'], measurer), 8, measurer);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(8);
    expect(lines.length).toBeGreaterThanOrEqual(Math.ceil(word.length / 16));
    expect(lines.map(lineText).join('').replace(/ /g, '')).toBe(`the${word}sails`);
    // A word cut across lines gets no space at the cut; lines that end at a space keep one.
    expect(lines.map((line) => line.trailingSpace)).toEqual(lines.map((line, index) => index === 0 || index === lines.length - 1 || lineText(lines[index + 1]).startsWith('sails')));
  });

  it('draws characters the main font lacks in the next font of the chain', () => {
    const missing: string[] = [];
    const lines = breakLines(prepareText('fox 狐狸 fox', ['body', 'fallback'], measurer, (grapheme) => missing.push(grapheme)), 100, measurer);
    expect(lines[0].runs.map((run) => [run.text, run.font])).toEqual([['fox ', 'body'], ['狐狸 ', 'fallback'], ['fox', 'body']]);
    expect(missing).toEqual([]);
    prepareText('狐', ['body'], measurer, (grapheme) => missing.push(grapheme));
    expect(missing).toEqual(['狐']);
  });
});
