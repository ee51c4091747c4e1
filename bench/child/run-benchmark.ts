import { BENCHMARK_NAMES, type BenchmarkName } from '../cli/bench-options';
import type { BenchContext } from '../benchmarks/benchmark';
import { loadBenchmark } from '../benchmarks/registry';
import type { ChildMessage } from './child-messages';

/**
 * Runs one benchmark in a process of its own (started by bench/run.ts with `node --import tsx`),
 * so its memory peak is its own and no pool, cache or heap is left over from the one before.
 */
function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) {
      console.log(JSON.stringify(message));
      resolve();
      return;
    }
    process.send(message, undefined, {}, () => resolve());
  });
}

async function main(): Promise<void> {
  const name = process.argv[2] as BenchmarkName;
  if (!BENCHMARK_NAMES.includes(name)) throw new Error(`unknown benchmark "${name}"`);
  const context: BenchContext = {
    quick: process.argv.includes('--quick'),
    measuringWindow: (state) => void send({ kind: 'measuring-window', state }),
    log: (line) => console.error(line),
  };
  const benchmark = loadBenchmark(name);
  try {
    await send({ kind: 'result', figures: await benchmark.run(context) });
  } catch (error) {
    await send({ kind: 'failure', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

main().then(
  // Exit at once: an idle pool or a socket left open must not keep a finished benchmark alive.
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
