import { countWords } from './count-words';

describe('countWords', () => {
  it('counts runs of non-space characters across lines and punctuation', () => {
    expect(countWords('"Where are you going?" asked the owl.\n\nThe fox smiled —  and went home.')).toBe(13);
    expect(countWords('  \n ')).toBe(0);
  });
});
