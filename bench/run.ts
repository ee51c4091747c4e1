import os from 'node:os';
import { measureBenchmark } from './child/measure-benchmark';
import { BENCH_USAGE, BenchUsageError, parseBenchOptions, type BenchOptions } from './cli/bench-options';
import { reportJson, reportSections, reportSummary, type BenchReport } from './report/bench-report';
import type { BenchResults } from './report/bench-results';
import { formatTable } from './report/format-table';
import { checkTargets } from './report/targets';

async function runBenchmarks(options: BenchOptions): Promise<BenchReport> {
  const results: BenchResults = {};
  const failures: BenchReport['failures'] = {};
  const log = (line: string) => process.stderr.write(`${line}\n`);
  for (const name of options.only) {
    log(`bench: ${name}…`);
    const measured = await measureBenchmark(name, { quick: options.quick, log });
    if (measured.figures) (results as Record<string, unknown>)[name] = measured.figures;
    else failures[name] = measured.failure ?? 'no figures';
    log(`bench: ${name} ${measured.figures ? 'done' : `FAILED (${failures[name]})`} in ${measured.seconds.toFixed(1)} s`);
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
