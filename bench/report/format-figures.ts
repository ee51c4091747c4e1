/** How figures read in the table: a few significant digits, units written out. */

export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '–';
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  return `${seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(1)} s`;
}

export function formatMilliseconds(milliseconds: number | null | undefined): string {
  if (milliseconds === null || milliseconds === undefined || !Number.isFinite(milliseconds)) return '–';
  return milliseconds < 10 ? `${milliseconds.toFixed(1)} ms` : `${Math.round(milliseconds)} ms`;
}

export function formatMegabytes(megabytes: number | null | undefined): string {
  if (megabytes === null || megabytes === undefined || !Number.isFinite(megabytes)) return '–';
  return `${Math.round(megabytes)} MB`;
}

/** A ratio or real-time factor: "93.1×". */
export function formatFactor(factor: number | null | undefined): string {
  if (factor === null || factor === undefined || !Number.isFinite(factor)) return '–';
  return `${factor < 10 ? factor.toFixed(2) : factor.toFixed(1)}×`;
}

export function formatCount(count: number | null | undefined): string {
  if (count === null || count === undefined || !Number.isFinite(count)) return '–';
  return Math.round(count).toLocaleString('en');
}

export const BYTES_PER_MEGABYTE = 1024 * 1024;

/** Rounds for the JSON line: figures are noisy well before the third decimal. */
export function round(value: number, decimals = 3): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
