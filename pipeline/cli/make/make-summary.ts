import path from 'node:path';
import type { Manifest, OutputFormat } from '../../model';
import { displayPath } from '../display-path';
import { formatDuration } from '../progress-display';
import type { StepTimings } from './step-timings';

export interface MakeSummary {
  folder: string;
  manifest: string;
  title: string | null;
  status: Manifest['status'];
  language: string;
  scenes: number;
  narrationMs: number | null;
  outputs: Partial<Record<OutputFormat, string[]>>;
  warnings: string[];
  error: Manifest['error'];
  providers: string[];
  timings: StepTimings;
}

/** What `storyloom make --json` prints: absolute paths, so a script can use them directly. */
export function makeSummary(manifest: Manifest, folder: string, timings: StepTimings, providers: string[]): MakeSummary {
  const outputs = Object.fromEntries(Object.entries(manifest.outputs).map(([format, record]) => [format, record!.files.map((file) => path.join(folder, file))]));
  return {
    folder,
    manifest: path.join(folder, 'book.json'),
    title: manifest.title,
    status: manifest.status,
    language: manifest.language,
    scenes: manifest.scenes.length,
    narrationMs: manifest.steps.narration?.durationMs ?? null,
    outputs,
    warnings: allWarnings(manifest),
    error: manifest.error,
    providers,
    timings,
  };
}

/** The book's own warnings and every step's, each once, so nothing a provider said is lost. */
export function allWarnings(manifest: Manifest): string[] {
  const steps = [manifest.steps.story, manifest.steps.plan, ...manifest.steps.scenes.flatMap((steps) => [steps.picture, steps.narration])];
  const warnings = [...manifest.warnings, ...steps.flatMap((step) => step?.warnings ?? []), ...Object.values(manifest.outputs).flatMap((record) => record!.warnings)];
  return [...new Set(warnings)];
}

/** The same, for a person. */
export function summaryText(summary: MakeSummary, cwd: string): string {
  const where = displayPath(cwd, summary.folder);
  const lines = [`Made "${summary.title}": ${summary.scenes} scene${summary.scenes === 1 ? '' : 's'}${summary.narrationMs ? `, ${formatDuration(summary.narrationMs)} of narration` : ''}, in ${formatDuration(summary.timings.totalMs)}.`, `  folder  ${where}`];
  for (const [format, files] of Object.entries(summary.outputs)) lines.push(`  ${format.padEnd(6)}  ${displayPath(cwd, files![0])}`);
  if (summary.warnings.length > 0) lines.push(`${summary.warnings.length} warning${summary.warnings.length === 1 ? '' : 's'}:`, ...summary.warnings.slice(0, 10).map((warning) => `  - ${warning}`));
  if (summary.warnings.length > 10) lines.push(`  … and ${summary.warnings.length - 10} more in ${displayPath(cwd, summary.manifest)}`);
  return lines.join('\n') + '\n';
}
