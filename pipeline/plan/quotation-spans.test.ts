import { quotationSpans } from './quotation-spans';

/** The quoted stretches, as text, for readable expectations. */
function quoted(text: string): string[] {
  return quotationSpans(text).map((span) => text.slice(span.open, span.close));
}

describe('quotationSpans', () => {
  it('finds straight and curly English quotations, ignoring apostrophes', () => {
    expect(quoted(`"Don't go," said the wolf's mother. “Why not?” asked he.`)).toEqual([`"Don't go,"`, '“Why not?”']);
  });

  it('finds British single quotations but not possessives or contractions', () => {
    expect(quoted("'It's late,' said Tom. The wolves' den wasn't far.")).toEqual(["'It's late,'"]);
  });

  it('reads German „…“ and »…«, French «…» and Japanese 「…」', () => {
    expect(quoted('„Guten Tag, Rotkäppchen“, sprach er.')).toEqual(['„Guten Tag, Rotkäppchen“']);
    expect(quoted('»Komm her«, rief sie. »Schnell!«')).toEqual(['»Komm her«', '»Schnell!«']);
    expect(quoted('« Bonjour ! » dit le loup.')).toEqual(['« Bonjour ! »']);
    expect(quoted('「桃太郎、どこへ行くの？」とおばあさんは言いました。')).toEqual(['「桃太郎、どこへ行くの？」']);
  });

  it('ends an unclosed quotation at the paragraph, so a typo cannot swallow the story', () => {
    const text = '"Wait, he said.\n\nThe next day came.';
    expect(quoted(text)).toEqual(['"Wait, he said.']);
  });
});
