import { BYTES_PER_MEGABYTE, round } from './format-figures';

/**
 * The peak memory figure: the sampled peak of the whole process tree, or the kernel's high-water
 * mark for the benchmark process if that is higher (a spike between two samples).
 */
export function withPeakMemory<Figures extends object>(figures: Figures, peakTreeBytes: number | undefined): Figures & { peakRssMegabytes?: number } {
  if (peakTreeBytes === undefined || !('processHighWaterMegabytes' in figures)) return figures;
  const highWater = (figures as { processHighWaterMegabytes: number | null }).processHighWaterMegabytes ?? 0;
  return { ...figures, peakRssMegabytes: round(Math.max(peakTreeBytes / BYTES_PER_MEGABYTE, highWater), 1) };
}
