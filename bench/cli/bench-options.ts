/** The benchmarks `npm run bench` knows, in the order they run and print. */
export const BENCHMARK_NAMES = ['book', 'video', 'parallelism', 'scale', 'planner', 'server'] as const;
export type BenchmarkName = (typeof BENCHMARK_NAMES)[number];

export interface BenchOptions {
  /** Print the figures as one JSON object on the last line, after the table. */
  json: boolean;
  /** A smoke run: small inputs, same code paths; figures are not comparable to the targets. */
  quick: boolean;
  /** The benchmarks to run, in BENCHMARK_NAMES order. */
  only: BenchmarkName[];
  help: boolean;
}

export class BenchUsageError extends Error {}

export const BENCH_USAGE = [
  'usage: npm run bench -- [--json] [--quick] [--only name,name]',
  `  --only    run some benchmarks: ${BENCHMARK_NAMES.join(', ')}`,
  '  --quick   smoke run with small inputs (the targets are for full runs)',
  '  --json    end with the figures as one JSON object on the last line',
].join('\n');

/** Reads the command line after `npm run bench --`; unknown words are errors, not ignored. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { json: false, quick: false, only: [...BENCHMARK_NAMES], help: false };
  for (let position = 0; position < argv.length; position++) {
    const argument = argv[position];
    if (argument === '--json') options.json = true;
    else if (argument === '--quick') options.quick = true;
    else if (argument === '--help' || argument === '-h') options.help = true;
    else if (argument === '--only' || argument.startsWith('--only=')) {
      const list = argument === '--only' ? argv[++position] : argument.slice('--only='.length);
      if (!list) throw new BenchUsageError('--only needs a list of benchmarks, for example --only planner,video');
      options.only = selectBenchmarks(list);
    } else throw new BenchUsageError(`unknown option "${argument}"`);
  }
  return options;
}

function selectBenchmarks(list: string): BenchmarkName[] {
  const wanted = list.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = wanted.filter((name) => !(BENCHMARK_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new BenchUsageError(`unknown benchmark "${unknown[0]}"; choose from ${BENCHMARK_NAMES.join(', ')}`);
  if (wanted.length === 0) throw new BenchUsageError('--only needs at least one benchmark name');
  return BENCHMARK_NAMES.filter((name) => wanted.includes(name));
}
