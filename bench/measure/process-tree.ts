import { readdirSync, readFileSync } from 'node:fs';
import type { ProcessMemory } from './peak-parts';
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
 * Resident memory of each process in `tree` (see processTree), in bytes, with its command name
 * and parent. A process's RSS covers its worker threads. A process that has just ended counts 0.
 */
export function residentByProcess(tree: readonly number[]): ProcessMemory[] {
  return tree.map((pid) => {
    const status = readProc(`/proc/${pid}/status`) ?? '';
    return {
      pid,
      parentPid: Number(/^PPid:\s*(\d+)/m.exec(status)?.[1] ?? 0),
      name: /^Name:\s*(.+)$/m.exec(status)?.[1]?.trim() ?? '?',
      bytes: parseStatusBytes(status, 'VmRSS') ?? 0,
    };
  });
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
