import type { TreeSample } from '../measure/tree-sampler';
import { BYTES_PER_MEGABYTE, round } from './format-figures';

/**
 * Adds what the parent sampled of a benchmark's process tree to its figures: the peak memory (the
 * sampled peak of the whole tree, or the kernel's high-water mark for the benchmark process if
 * that is higher: a spike between two samples) and the time its threads waited for a CPU.
 */
export function withTreeFigures<Figures extends object>(figures: Figures, tree: TreeSample | undefined): Figures & { peakRssMegabytes?: number; peakParts?: string; waitedForCpuSeconds?: number } {
  if (tree === undefined || !('processHighWaterMegabytes' in figures)) return figures;
  const highWater = (figures as { processHighWaterMegabytes: number | null }).processHighWaterMegabytes ?? 0;
  return {
    ...figures,
    peakRssMegabytes: round(Math.max(tree.peakBytes / BYTES_PER_MEGABYTE, highWater), 1),
    peakParts: tree.peakParts,
    waitedForCpuSeconds: round(tree.waitedForCpuSeconds, 2),
  };
}
