import { paragraphsOf, tokensOf } from './text-tokens';

describe('paragraphsOf', () => {
  it('keeps paragraphs and the author line breaks, trimming and collapsing spaces', () => {
    expect(paragraphsOf('  One  fish,\ntwo fish.\n\n\n  Red fish,\r\n\r\nblue fish.\n\n')).toEqual([['One fish,', 'two fish.'], ['Red fish,'], ['blue fish.']]);
  });

  it('gives nothing for blank text', () => {
    expect(paragraphsOf(' \n\n \t ')).toEqual([]);
  });
});

describe('tokensOf', () => {
  it('splits words at spaces', () => {
    expect(tokensOf('Größe und Łódź')).toEqual([
      { text: 'Größe', spaceBefore: false },
      { text: 'und', spaceBefore: true },
      { text: 'Łódź', spaceBefore: true },
    ]);
  });

  it('lets Chinese break between characters but keeps closing punctuation with its character', () => {
    const tokens = tokensOf('小狐狸。 fox');
    expect(tokens.map((token) => token.text)).toEqual(['小', '狐', '狸。', 'fox']);
    expect(tokens.map((token) => token.spaceBefore)).toEqual([false, false, false, true]);
  });

  it('keeps combining accents with their letter', () => {
    expect(tokensOf('cafe\u0301 x').map((token) => token.text)).toEqual(['cafe\u0301', 'x']);
  });
});
