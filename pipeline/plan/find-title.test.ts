import { findTitle } from './find-title';

describe('findTitle', () => {
  it('takes a short first line followed by a blank line', () => {
    const text = 'The Fox and the Moon\n\nOnce upon a time a fox lived in the wood.';
    const found = findTitle(text);
    expect(found.title).toBe('The Fox and the Moon');
    expect(text.slice(found.bodyStart)).toBe('Once upon a time a fox lived in the wood.');
  });

  it('takes a title line followed directly by a long prose line', () => {
    const prose = 'Once upon a time there was a fox who lived at the edge of a very dark forest and looked at the moon every night.';
    expect(findTitle(`The Fox\n${prose}`).title).toBe('The Fox');
  });

  it('leaves a first line that ends a sentence, or starts speech, in the story', () => {
    expect(findTitle('It was late.\n\nThe fox slept.')).toEqual({ title: null, bodyStart: 0 });
    expect(findTitle('"Help me"\n\nThe fox ran.')).toEqual({ title: null, bodyStart: 0 });
  });

  it("keeps a verse's first line: it is followed by another short line", () => {
    expect(findTitle('The Owl and the Pussy-cat went to sea\nIn a beautiful pea-green boat,\nThey took some honey').title).toBeNull();
  });

  it('needs a story after the title', () => {
    expect(findTitle('Only a title\n\n   ')).toEqual({ title: null, bodyStart: 0 });
    expect(findTitle('One line without a break')).toEqual({ title: null, bodyStart: 0 });
  });

  it('tidies shouting capitals and markdown heading marks', () => {
    expect(findTitle('LITTLE RED-CAP\n\nOnce upon a time.').title).toBe('Little Red-Cap');
    expect(findTitle('# Der Froschkönig\n\nEs war einmal.').title).toBe('Der Froschkönig');
  });
});
