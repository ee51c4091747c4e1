export type Verdict = 'pass' | 'fail' | 'not measured';

export interface TableRow {
  label: string;
  value: string;
  /** "< 15 s", "≥ 80×" … when the row is checked against a target. */
  target?: string;
  verdict?: Verdict;
  /** The target this row is checked against; the report fills `target` and `verdict` from it. */
  targetId?: string;
}

export interface TableSection {
  title: string;
  rows: TableRow[];
}

const VERDICT_TEXT: Record<Verdict, string> = { pass: 'pass', fail: 'FAIL', 'not measured': '?' };

/**
 * A plain-text table: one heading line per section, then its rows in four aligned columns
 * (figure, value, target, verdict). Values are right-aligned so digits line up.
 */
export function formatTable(sections: readonly TableSection[]): string {
  const rows = sections.flatMap((section) => section.rows);
  const header: TableRow = { label: 'figure', value: 'value', target: 'target' };
  const labelWidth = Math.max(...[header, ...rows].map((row) => row.label.length + 2));
  const valueWidth = Math.max(...[header, ...rows].map((row) => row.value.length));
  const targetWidth = Math.max(...[header, ...rows].map((row) => (row.target ?? '').length));
  const line = (row: TableRow, indent: string) =>
    [
      (indent + row.label).padEnd(labelWidth),
      row.value.padStart(valueWidth),
      (row.target ?? '').padEnd(targetWidth),
      row.verdict ? VERDICT_TEXT[row.verdict] : '',
    ].join('  ').trimEnd();
  const out = [line({ ...header, verdict: undefined }, ''), '-'.repeat(labelWidth + valueWidth + targetWidth + 10)];
  for (const section of sections) {
    out.push(section.title);
    for (const row of section.rows) out.push(line(row, '  '));
  }
  return out.join('\n');
}
