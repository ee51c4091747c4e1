import { readFileSync } from 'node:fs';
import { parseProcStat } from './proc-files';

/** Linux reports child CPU time in ticks of 1/100 s on every common build (sysconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds used so far by this process (all its threads) and the child processes it has
 * waited for (every ffmpeg that finished). On a shared machine wall time drifts with the load,
 * CPU time much less, so it is printed beside wall times to tell slow code from a busy machine.
 */
export function cpuSecondsSoFar(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    const stat = parseProcStat(readFileSync('/proc/self/stat', 'utf8'));
    children = (stat.childUserTicks + stat.childSystemTicks) / TICKS_PER_SECOND;
  } catch {
    // Not Linux: children are left out.
  }
  return (own.user + own.system) / 1e6 + children;
}

/** Starts a CPU stopwatch; the function it returns gives the CPU seconds since. */
export function cpuStopwatch(): () => number {
  const start = cpuSecondsSoFar();
  return () => cpuSecondsSoFar() - start;
}
