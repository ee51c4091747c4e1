import { cutLongUnits } from './cut-long-units';
import { sentenceUnits } from './sentence-units';

const options = { language: 'en', abbreviations: new Set<string>(), isCue: () => false };

describe('cutLongUnits', () => {
  it('leaves units within the limit alone', () => {
    const text = 'A fox slept. An owl woke.';
    const split = sentenceUnits(text, options);
    const result = cutLongUnits(text, split.units, split.weakBreaks, split.wordStarts, 10, 5);
    expect(result.units).toEqual(split.units);
    expect(result.weakestCut).toBeNull();
  });

  it('cuts a text without full stops at its line ends first', () => {
    const lines = Array.from({ length: 12 }, (_, index) => `the river runs and the fox sings line ${index}`);
    const text = lines.join('\n');
    const split = sentenceUnits(text, options);
    expect(split.units).toHaveLength(1);
    const result = cutLongUnits(text, split.units, split.weakBreaks, split.wordStarts, 40, 20);
    expect(result.weakestCut).toBe('line');
    for (const unit of result.units) {
      expect(unit.words).toBeLessThanOrEqual(40);
      expect(text[unit.start - 1] ?? '\n').toBe('\n');
    }
    expect(result.units.map((unit) => text.slice(unit.start, unit.end)).join('')).toBe(text);
  });

  it('falls back to spaces between words when there is nothing else, leaving no sliver at the end', () => {
    const text = Array.from({ length: 100 }, (_, index) => `word${index}`).join(' ');
    const split = sentenceUnits(text, options);
    const result = cutLongUnits(text, split.units, split.weakBreaks, split.wordStarts, 30, 20);
    expect(result.weakestCut).toBe('word');
    expect(result.units.map((unit) => unit.words)).toEqual([20, 20, 20, 20, 20]);
    expect(result.units.map((unit) => text.slice(unit.start, unit.end)).join('')).toBe(text);
  });
});
