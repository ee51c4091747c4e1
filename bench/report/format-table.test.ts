import { formatCount, formatFactor, formatMegabytes, formatMilliseconds, formatSeconds, round } from './format-figures';
import { formatTable } from './format-table';

describe('formatTable', () => {
  it('aligns figures, right-aligns values and marks failures loudly', () => {
    const table = formatTable([
      { title: '1. Whole book', rows: [{ label: 'plan', value: '68 ms' }, { label: 'total', value: '23.1 s', target: '< 15 s', verdict: 'fail' }] },
      { title: '5. Planner', rows: [{ label: 'throughput', value: '812,000 words/s', target: '> 200,000 words/s', verdict: 'pass' }] },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^figure\s+value\s+target$/);
    expect(lines[2]).toBe('1. Whole book');
    expect(lines[3]).toMatch(/^ {2}plan\s+68 ms$/);
    expect(lines[4]).toMatch(/^ {2}total\s+23\.1 s {2}< 15 s\s+FAIL$/);
    expect(lines[6]).toMatch(/throughput  812,000 words\/s  > 200,000 words\/s  pass$/);
    // Values end in the same column.
    expect(lines[3].indexOf('68 ms') + 5).toBe(lines[4].indexOf('23.1 s') + 6);
  });
});

describe('figure formats', () => {
  it('writes times, memory, factors and counts readably', () => {
    expect(formatSeconds(0.0676)).toBe('68 ms');
    expect(formatSeconds(9.054)).toBe('9.05 s');
    expect(formatSeconds(23.14)).toBe('23.1 s');
    expect(formatSeconds(null)).toBe('–');
    expect(formatMilliseconds(4.26)).toBe('4.3 ms');
    expect(formatMilliseconds(812.4)).toBe('812 ms');
    expect(formatMegabytes(645.26)).toBe('645 MB');
    expect(formatFactor(93.12)).toBe('93.1×');
    expect(formatFactor(1.234)).toBe('1.23×');
    expect(formatFactor(Number.NaN)).toBe('–');
    expect(formatCount(50_000)).toBe('50,000');
    expect(round(1.23456)).toBe(1.235);
  });
});
