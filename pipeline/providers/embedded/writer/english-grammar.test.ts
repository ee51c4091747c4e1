import { article, countWords, gerund, listOf, titleCase } from './english-grammar';

describe('English grammar helpers', () => {
  it('chooses a or an by sound', () => {
    expect(['owl', 'unicorn', 'dragon', 'elephant', 'hour', 'apple'].map(article)).toEqual(['an', 'a', 'a', 'an', 'an', 'an']);
  });

  it('makes -ing forms', () => {
    expect(['swim', 'fly', 'dance', 'ride a bicycle', 'read', 'see the sea', 'tie a knot', 'be brave', 'visit grandma', 'sing'].map(gerund))
      .toEqual(['swimming', 'flying', 'dancing', 'riding a bicycle', 'reading', 'seeing the sea', 'tying a knot', 'being brave', 'visiting grandma', 'singing']);
  });

  it('title-cases and lists', () => {
    expect(titleCase('the dragon who learned to swim')).toBe('The Dragon Who Learned to Swim');
    expect(listOf(['a lantern', 'a map', 'an apple'])).toBe('a lantern, a map and an apple');
    expect(countWords('“Hello,” said the fox — and that’s all.')).toBe(7);
  });
});
