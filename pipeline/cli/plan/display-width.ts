// Characters that a terminal draws two columns wide: CJK ideographs, kana, Hangul, full-width forms.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** How many terminal columns a string takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

/** Fits a string into `columns` terminal columns, ending with "…" when cut, padded with spaces. */
export function fitColumns(text: string, columns: number, align: 'left' | 'right' = 'left'): string {
  let fitted = text;
  if (displayWidth(text) > columns) {
    let width = 0;
    fitted = '';
    for (const character of text) {
      const next = WIDE.test(character) ? 2 : 1;
      if (width + next > columns - 1) break;
      fitted += character;
      width += next;
    }
    fitted = fitted.trimEnd() + '…';
  }
  const padding = ' '.repeat(Math.max(0, columns - displayWidth(fitted)));
  return align === 'left' ? fitted + padding : padding + fitted;
}
