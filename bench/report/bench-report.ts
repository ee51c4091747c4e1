import { bookRunRows, bookRunTitle } from '../benchmarks/book/book-run-figures';
import { parallelismRows } from '../benchmarks/parallelism/parallelism-figures';
import { plannerRows } from '../benchmarks/planner/planner-figures';
import { serverRows } from '../benchmarks/server/server-figures';
import { videoRows } from '../benchmarks/video/video-figures';
import type { BenchmarkName } from '../cli/bench-options';
import type { BenchResults } from './bench-results';
import { formatCount } from './format-figures';
import type { TableRow, TableSection } from './format-table';
import type { TargetCheck } from './targets';

/** What one `npm run bench` found: figures, checks, and the benchmarks that broke. */
export interface BenchReport {
  quick: boolean;
  ran: BenchmarkName[];
  results: BenchResults;
  checks: TargetCheck[];
  failures: Partial<Record<BenchmarkName, string>>;
}

const NUMBERS: Record<BenchmarkName, number> = { book: 1, video: 2, parallelism: 3, scale: 4, planner: 5, server: 6 };

function section(name: BenchmarkName, results: BenchResults): { title: string; rows: TableRow[] } | null {
  const number = NUMBERS[name];
  switch (name) {
    case 'book':
      return results.book ? { title: bookRunTitle(number, 'Whole book, embedded providers', results.book), rows: bookRunRows(results.book, { total: 'book.total', peakRss: 'book.peak-rss' }) } : null;
    case 'video': {
      const video = results.video;
      return video ? { title: `${number}. Video encoding at ${video.frame}: ${video.scenes} scenes`, rows: videoRows(video) } : null;
    }
    case 'parallelism': {
      const figures = results.parallelism;
      return figures
        ? { title: `${number}. Parallelism, slow providers: ${figures.scenes} scenes, ${figures.pictureMs} ms a picture, ${figures.narrationMs} ms a narration, ${figures.scenesAtOnce} scenes at once`, rows: parallelismRows(figures) }
        : null;
    }
    case 'scale':
      return results.scale ? { title: bookRunTitle(number, 'Scale, embedded providers', results.scale), rows: bookRunRows(results.scale, { peakRss: 'scale.peak-rss' }) } : null;
    case 'planner':
      return results.planner ? { title: `${number}. Planner throughput: ${formatCount(results.planner.words)} words`, rows: plannerRows(results.planner) } : null;
    case 'server': {
      const server = results.server;
      return server ? { title: `${number}. Server: ${server.books} books at once, ${server.clients} socket.io clients on loopback`, rows: serverRows(server) } : null;
    }
  }
}

/** The table: one section per benchmark that ran, each checked row marked pass or FAIL. */
export function reportSections(report: BenchReport): TableSection[] {
  const checks = new Map(report.checks.map((check) => [check.id, check]));
  return report.ran.map((name): TableSection => {
    const found = section(name, report.results);
    if (!found) return { title: `${NUMBERS[name]}. ${name}`, rows: [{ label: 'failed', value: report.failures[name] ?? 'no figures' }] };
    const rows = found.rows.map((row): TableRow => {
      const check = row.targetId ? checks.get(row.targetId) : undefined;
      if (!check) return row;
      return { ...row, target: check.shown, verdict: check.pass === null ? 'not measured' : check.pass ? 'pass' : 'fail' };
    });
    return { title: found.title, rows };
  });
}

/** One line under the table: how many targets were met. */
export function reportSummary(report: BenchReport): string {
  const measured = report.checks.filter((check) => check.pass !== null);
  const met = measured.filter((check) => check.pass).length;
  const missed = measured.filter((check) => !check.pass).map((check) => check.id);
  const unmeasured = report.checks.length - measured.length;
  const parts = [`${met} of ${report.checks.length} targets met`];
  if (missed.length > 0) parts.push(`missed: ${missed.join(', ')}`);
  if (unmeasured > 0) parts.push(`${unmeasured} not measured`);
  if (report.quick) parts.push('quick run: small inputs, so the figures are not comparable to the targets');
  return parts.join('; ');
}

/** The JSON line: the same figures, the checks, and what failed. */
export function reportJson(report: BenchReport, machine: Record<string, unknown>): Record<string, unknown> {
  return {
    quick: report.quick,
    machine,
    results: report.results,
    checks: Object.fromEntries(report.checks.map((check) => [check.id, { value: check.value, target: check.shown, pass: check.pass }])),
    failures: report.failures,
    allTargetsMet: report.checks.length > 0 && report.checks.every((check) => check.pass === true),
  };
}
