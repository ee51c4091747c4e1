import { spawn } from 'node:child_process';
import path from 'node:path';
import type { BenchmarkName } from '../cli/bench-options';
import { processTree } from '../measure/process-tree';
import { TreeSampler, type TreeSample } from '../measure/tree-sampler';
import type { ChildMessage } from './child-messages';

export interface ChildOutcome {
  figures?: unknown;
  failure?: string;
  /** What the parent saw of the child's process tree while its measuring window was open. */
  tree?: TreeSample;
  seconds: number;
}

const CHILD_ENTRY = path.join(__dirname, 'run-benchmark.ts');
const REPOSITORY = path.resolve(__dirname, '..', '..');

/** Ends a child and everything under it, by pid, so no ffmpeg outlives a benchmark that timed out. */
function killTree(pid: number): void {
  for (const member of processTree(pid).reverse()) {
    try {
      process.kill(member, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/**
 * Runs one benchmark in a child process and samples its memory from here. The child's output
 * goes to stderr, so stdout carries only the table and the JSON line.
 */
export function spawnBenchmark(name: BenchmarkName, options: { quick: boolean; timeoutMs: number }): Promise<ChildOutcome> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD_ENTRY, name, ...(options.quick ? ['--quick'] : [])], {
    cwd: REPOSITORY,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout!.pipe(process.stderr, { end: false });
  child.stderr!.pipe(process.stderr, { end: false });
  const sampler = child.pid ? new TreeSampler(child.pid) : null;
  const outcome: ChildOutcome = { seconds: 0 };
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      outcome.failure = `timed out after ${Math.round(options.timeoutMs / 1000)} s`;
      if (child.pid) killTree(child.pid);
    }, options.timeoutMs);
    child.on('message', (message: ChildMessage) => {
      if (message.kind === 'measuring-window' && sampler) {
        if (message.state === 'open') sampler.start();
        else outcome.tree = sampler.stop();
      } else if (message.kind === 'result') outcome.figures = message.figures;
      else if (message.kind === 'failure') outcome.failure = message.message.split('\n')[0];
    });
    child.on('error', (error) => {
      outcome.failure = `could not start: ${error.message}`;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      sampler?.stop();
      if (!outcome.figures && !outcome.failure) outcome.failure = `the benchmark process ended (${signal ?? `exit code ${code}`}) without figures`;
      outcome.seconds = (performance.now() - started) / 1000;
      resolve(outcome);
    });
  });
}
