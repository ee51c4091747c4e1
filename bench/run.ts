import os from 'node:os';
import { spawnBenchmark } from './child/spawn-benchmark';
import { BENCH_USAGE, BenchUsageError, parseBenchOptions, type BenchmarkName, type BenchOptions } from './cli/bench-options';
import { reportJson, reportSections, reportSummary, type BenchReport } from './report/bench-report';
import type { BenchResults } from './report/bench-results';
import { formatTable } from './report/format-table';
import { withTreeFigures } from './report/tree-figures';
import { checkTargets } from './report/targets';

/** Generous ceilings: a benchmark that passes one is stuck, not slow. */
const TIMEOUT_SECONDS: Record<BenchmarkName, number> = { book: 300, video: 900, parallelism: 120, scale: 2400, planner: 300, server: 600 };

async function runBenchmarks(options: BenchOptions): Promise<BenchReport> {
  const results: BenchResults = {};
  const failures: BenchReport['failures'] = {};
  for (const name of options.only) {
    process.stderr.write(`bench: ${name}…\n`);
    const outcome = await spawnBenchmark(name, { quick: options.quick, timeoutMs: (options.quick ? 180 : TIMEOUT_SECONDS[name]) * 1000 });
    if (outcome.figures) (results as Record<string, unknown>)[name] = withTreeFigures(outcome.figures as object, outcome.tree);
    else failures[name] = outcome.failure ?? 'no figures';
    process.stderr.write(`bench: ${name} ${outcome.figures ? 'done' : `FAILED (${failures[name]})`} in ${outcome.seconds.toFixed(1)} s\n`);
  }
  return { quick: options.quick, ran: options.only, results, checks: checkTargets(results, options.only), failures };
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    console.error(`bench: ${error.message}\n${BENCH_USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(BENCH_USAGE);
    return 0;
  }
  const loadBefore = os.loadavg()[0];
  const report = await runBenchmarks(options);
  const machine = { cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version, loadAverageBefore: round2(loadBefore), loadAverageAfter: round2(os.loadavg()[0]) };
  const heading = `Storyloom benchmarks${options.quick ? ' (quick)' : ''}: ${machine.cpus} cores, load average ${machine.loadAverageBefore} → ${machine.loadAverageAfter}; every comparison measured in this run`;
  console.log([heading, '', formatTable(reportSections(report)), '', reportSummary(report)].join('\n'));
  if (options.json) console.log(JSON.stringify(reportJson(report, machine)));
  return Object.keys(report.failures).length > 0 ? 1 : 0;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
