/**
 * Parsers for the Linux /proc files the benchmarks read. Pure, so they are tested on captured
 * text; the sampler does the reading.
 */

export interface ProcStat {
  pid: number;
  parentPid: number;
  /** CPU time in clock ticks (usually 1/100 s): this process, and its children it has waited for. */
  userTicks: number;
  systemTicks: number;
  childUserTicks: number;
  childSystemTicks: number;
}

/**
 * /proc/<pid>/stat. The command name sits in parentheses and may itself hold spaces and ")", so
 * the fields are counted from the last ")".
 */
export function parseProcStat(text: string): ProcStat {
  const close = text.lastIndexOf(')');
  if (close < 0) throw new Error('not a /proc stat line');
  const pid = Number(text.slice(0, text.indexOf('(')).trim());
  // After ")": field 3 (state) is at index 0, so field N is at index N - 3.
  const fields = text.slice(close + 1).trim().split(/\s+/);
  const field = (number: number) => Number(fields[number - 3]);
  return { pid, parentPid: field(4), userTicks: field(14), systemTicks: field(15), childUserTicks: field(16), childSystemTicks: field(17) };
}

/** A "VmRSS:  1234 kB" style line of /proc/<pid>/status, in bytes; null when absent (a zombie). */
export function parseStatusBytes(text: string, field: 'VmRSS' | 'VmHWM'): number | null {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(text);
  return match ? Number(match[1]) * 1024 : null;
}

/** The pids in a /proc/<pid>/task/<tid>/children file: space-separated, maybe empty. */
export function parseChildren(text: string): number[] {
  return text.split(/\s+/).filter(Boolean).map(Number).filter(Number.isInteger);
}

/**
 * /proc/<pid>/task/<tid>/schedstat: nanoseconds on a CPU, nanoseconds runnable but waiting for
 * one (other processes had the cores), and time slices.
 */
export function parseSchedstat(text: string): { runNs: number; waitNs: number } | null {
  const [run, wait] = text.trim().split(/\s+/).map(Number);
  return Number.isFinite(run) && Number.isFinite(wait) ? { runNs: run, waitNs: wait } : null;
}
