import { readdirSync, readFileSync } from 'node:fs';
import { parseChildren, parseSchedstat, parseStatusBytes } from './proc-files';

/** Reads a /proc file, or null when the process has just gone (it may end between two reads). */
function readProc(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** `pid` and every process started under it (ffmpeg, its own children), found through /proc. */
export function processTree(pid: number): number[] {
  const found: number[] = [];
  const pending = [pid];
  while (pending.length > 0) {
    const next = pending.pop()!;
    found.push(next);
    let tasks: string[];
    try {
      // Children are listed per thread: a worker thread that spawns ffmpeg is its parent.
      tasks = readdirSync(`/proc/${next}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) pending.push(...parseChildren(readProc(`/proc/${next}/task/${task}/children`) ?? ''));
  }
  return found;
}

/**
 * Resident memory of the processes in `tree` (see processTree), summed, in bytes. A process's RSS already
 * covers its worker threads; shared library pages are counted once per process, so the sum leans
 * high, never low.
 */
export function treeResidentBytes(tree: readonly number[]): number {
  let total = 0;
  for (const member of tree) total += parseStatusBytes(readProc(`/proc/${member}/status`) ?? '', 'VmRSS') ?? 0;
  return total;
}

/**
 * Nanoseconds each thread of the processes in `tree` has spent runnable but waiting for a CPU,
 * keyed "pid/tid". Summed, it says how much the machine's other load held the benchmark back.
 */
export function threadWaits(tree: readonly number[]): Map<string, number> {
  const waits = new Map<string, number>();
  for (const member of tree) {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${member}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      const stat = parseSchedstat(readProc(`/proc/${member}/task/${task}/schedstat`) ?? '');
      if (stat) waits.set(`${member}/${task}`, stat.waitNs);
    }
  }
  return waits;
}

/** The process's own peak resident memory (the kernel's high-water mark), in bytes. */
export function highWaterBytes(pid: number = process.pid): number | null {
  return parseStatusBytes(readProc(`/proc/${pid}/status`) ?? '', 'VmHWM');
}

export function procAvailable(): boolean {
  return readProc('/proc/self/status') !== null;
}
