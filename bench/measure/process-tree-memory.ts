import { readdirSync, readFileSync } from 'node:fs';
import { parseChildren, parseStatusBytes } from './proc-files';

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
 * Resident memory of `pid` and all its descendants, summed, in bytes. A process's RSS already
 * covers its worker threads; shared library pages are counted once per process, so the sum leans
 * high, never low.
 */
export function treeResidentBytes(pid: number): number {
  let total = 0;
  for (const member of processTree(pid)) total += parseStatusBytes(readProc(`/proc/${member}/status`) ?? '', 'VmRSS') ?? 0;
  return total;
}

/** The process's own peak resident memory (the kernel's high-water mark), in bytes. */
export function highWaterBytes(pid: number = process.pid): number | null {
  return parseStatusBytes(readProc(`/proc/${pid}/status`) ?? '', 'VmHWM');
}

export function procAvailable(): boolean {
  return readProc('/proc/self/status') !== null;
}
