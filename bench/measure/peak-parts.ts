export interface ProcessMemory {
  pid: number;
  parentPid: number;
  name: string;
  bytes: number;
}

/**
 * The processes whose memory is their own. Starting ffmpeg forks the parent first: until the
 * child runs exec it still carries the parent's name and reports the parent's pages (shared,
 * copy-on-write) as its own RSS, which would count the parent twice. Those are left out.
 */
export function ownMemory(processes: readonly ProcessMemory[]): ProcessMemory[] {
  const names = new Map(processes.map((process) => [process.pid, process.name]));
  return processes.filter((process) => names.get(process.parentPid) !== process.name);
}

/**
 * What the memory peak was made of, largest first, processes of one name together:
 * "node 463 MB + ffmpeg ×4 87 MB + esbuild 16 MB". Tells which stage set the peak.
 */
export function describePeakParts(parts: readonly Pick<ProcessMemory, 'name' | 'bytes'>[]): string {
  const byName = new Map<string, { count: number; bytes: number }>();
  for (const part of parts) {
    if (part.bytes <= 0) continue;
    const entry = byName.get(part.name) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += part.bytes;
    byName.set(part.name, entry);
  }
  return [...byName]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([name, entry]) => `${name}${entry.count > 1 ? ` ×${entry.count}` : ''} ${Math.round(entry.bytes / (1024 * 1024))} MB`)
    .join(' + ');
}
