import { keySentence, shorten } from './key-sentence';

describe('keySentence', () => {
  it('picks the narrated sentence naming the most characters and things', () => {
    const text = 'It was quiet. "Where is it?" she asked. The wolf ran to the house with the basket.';
    const sentences = [
      { start: 0, end: 14, words: 3, dialogue: false },
      { start: 14, end: 40, words: 5, dialogue: true },
      { start: 40, end: text.length, words: 9, dialogue: false },
    ];
    const wolf = text.indexOf('wolf');
    expect(keySentence(text, sentences, [wolf], [text.indexOf('house'), text.indexOf('basket')])).toBe('The wolf ran to the house with the basket.');
  });

  it('shortens at a word boundary', () => {
    expect(shorten('one two three four', 12)).toBe('one two…');
    expect(shorten('short', 12)).toBe('short');
  });
});
