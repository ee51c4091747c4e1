/** A quotation: from its opening mark to just after its closing mark (or the paragraph's end). */
export interface QuotationSpan {
  open: number;
  close: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{—–\-/“„«»‹›「『"'‘]/u;

/** German and Danish write »…«, French and Spanish «…»: whichever comes first opens. */
function openingGuillemet(text: string): '«' | '»' {
  const first = text.search(/[«»]/);
  return first !== -1 && text[first] === '»' ? '»' : '«';
}

/** Marks that only ever close a quotation in this text (”, 」, and » or « as the text uses them). */
export function closingMarks(text: string): Set<string> {
  return new Set(openingGuillemet(text) === '«' ? ['”', '」', '』', '»', '›'] : ['”', '」', '』', '«', '‹']);
}

function isLetter(character: string | undefined): boolean {
  return character !== undefined && LETTER.test(character);
}

/**
 * Finds quotations with the marks of every language the planner meets: "…", “…”, „…“, «…»,
 * »…«, ‹…›, 「…」, 『…』, '…' and ‘…’ (told apart from apostrophes by what stands around them).
 * Unclosed quotations end at the paragraph, where a typo's damage stops (and where English
 * reopens a quotation running on over several paragraphs). Linear in the text.
 */
export function quotationSpans(text: string): QuotationSpan[] {
  const spans: QuotationSpan[] = [];
  const guillemetOpener = openingGuillemet(text);
  const blankLines = /\n[ \u00a0]*\n/.test(text);
  let depth = 0;
  let straightOpen = false;
  let singleOpen = false;
  let spanStart = -1;

  const inside = () => depth > 0 || straightOpen || singleOpen;
  const begin = (index: number) => {
    if (!inside()) spanStart = index;
  };
  const end = (index: number) => {
    if (!inside() && spanStart !== -1) {
      spans.push({ open: spanStart, close: index + 1 });
      spanStart = -1;
    }
  };
  const reset = (index: number) => {
    if (inside()) spans.push({ open: spanStart, close: index });
    depth = 0;
    straightOpen = singleOpen = false;
    spanStart = -1;
  };

  // Jump from one mark or line end to the next: most characters are neither.
  const marks = /["“”„«»‹›「」『』'‘’\n]/g;
  for (let match = marks.exec(text); match !== null; match = marks.exec(text)) {
    const index = match.index;
    const character = match[0];
    if (character === '\n') {
      if (!blankLines || /^[ \u00a0]*\n/.test(text.slice(index + 1, index + 40))) reset(index);
      continue;
    }
    const before = index === 0 ? ' ' : text[index - 1];
    const after = text[index + 1];
    const openingContext = OPENING_CONTEXT.test(before);
    switch (character) {
      case '"':
        if (straightOpen) (straightOpen = false), end(index);
        else if (openingContext || (isLetter(after) && !isLetter(before))) begin(index), (straightOpen = true);
        break;
      case '“':
        if (openingContext || depth === 0) begin(index), depth++;
        else depth--, end(index);
        break;
      case '„': case '「': case '『':
        begin(index), depth++;
        break;
      case '”': case '」': case '』':
        if (depth > 0) depth--, end(index);
        break;
      case '«': case '»': case '‹': case '›': {
        const opens = character === guillemetOpener || character === (guillemetOpener === '«' ? '‹' : '›');
        if (opens) begin(index), depth++;
        else if (depth > 0) depth--, end(index);
        break;
      }
      case '‘': case "'":
        if (singleOpen && !isLetter(after) && !/\s/.test(before)) (singleOpen = false), end(index);
        else if (!singleOpen && openingContext && isLetter(after)) begin(index), (singleOpen = true);
        break;
      case '’':
        if (singleOpen && !isLetter(after)) (singleOpen = false), end(index);
        break;
    }
  }
  reset(text.length);
  return spans;
}

/** Tests "is this offset inside a quotation" for offsets asked in any order, by binary search. */
export function insideTest(spans: QuotationSpan[]): (at: number) => boolean {
  const find = spanFinder(spans);
  return (at) => find(at) !== undefined;
}

export function spanFinder(spans: QuotationSpan[]): (at: number) => QuotationSpan | undefined {
  return (at) => {
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = spans[middle];
      if (at <= span.open) high = middle - 1;
      else if (at >= span.close) low = middle + 1;
      else return span;
    }
    return undefined;
  };
}
