import { execFileSync } from 'node:child_process';

/** What poppler's command-line tools say about a PDF: the same view a person's PDF reader has. */
export function pdfInfo(file: string): Record<string, string> {
  const output = execFileSync('pdfinfo', ['-box', file], { encoding: 'utf8' });
  const fields: Record<string, string> = {};
  for (const line of output.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) fields[match[1].trim()] = match[2].trim();
  }
  return fields;
}

export function pdfPageCount(file: string): number {
  return Number(pdfInfo(file).Pages);
}

/** The page size in whole points, e.g. [612, 612]. */
export function pdfPageSize(file: string): [number, number] {
  const match = /^([\d.]+) x ([\d.]+) pts/.exec(pdfInfo(file)['Page size']);
  if (!match) throw new Error('pdfinfo gave no page size');
  return [Math.round(Number(match[1])), Math.round(Number(match[2]))];
}

/** A page box (MediaBox, TrimBox, BleedBox) as four numbers. */
export function pdfBox(file: string, name: string): number[] {
  return pdfInfo(file)[name].split(/\s+/).map(Number);
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, id. Read from the right.
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    return { name: columns[0], embedded: columns[columns.length - 5] === 'yes' };
  });
}

export function pdfImageCount(file: string): number {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => /\bimage\b/.test(line)).length;
}

/**
 * The first word of `expected` that cannot be found in `text` after the words before it, or null
 * when every word appears in order. Other words (page numbers, the title) may come between.
 */
export function firstWordOutOfOrder(text: string, expected: string): string | null {
  const words = text.split(/\s+/).filter(Boolean);
  let position = 0;
  for (const word of expected.split(/\s+/).filter(Boolean)) {
    const found = words.indexOf(word, position);
    if (found < 0) return `${word} (after word ${position} of the PDF text)`;
    position = found + 1;
  }
  return null;
}
