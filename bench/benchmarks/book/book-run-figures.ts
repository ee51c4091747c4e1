import type { StepTimings } from '../../../pipeline/cli/make/step-timings';
import { formatFactor, formatMegabytes, formatSeconds, round } from '../../report/format-figures';
import type { TableRow } from '../../report/format-table';

/** One whole book made by makeBook with the embedded providers: the "book" and "scale" figures. */
export interface BookRunFigures {
  words: number;
  scenes: number;
  formats: string[];
  videoMode: string;
  /** Seconds per step, in order; each step runs from the end of the one before, so they add up. */
  stageSeconds: Record<string, number | null>;
  /** The same steps in CPU seconds (process, threads, finished ffmpeg runs). */
  stageCpuSeconds: Record<string, number | null>;
  totalSeconds: number;
  /** When the book was made several times (each in a fresh process): every run's total. */
  runsTotalSeconds?: number[];
  /** CPU seconds of the process, its threads and its ffmpeg children. */
  cpuSeconds: number;
  narrationSeconds: number;
  /** The kernel's high-water mark for the benchmark process alone. */
  processHighWaterMegabytes: number | null;
  /** Peak of process + threads + child processes; set by the bench runner, which samples it. */
  peakRssMegabytes?: number | null;
  /** The processes at the sampled peak; set by the runner. */
  peakParts?: string;
  /** Seconds the threads were ready to run but other processes had the cores; set by the runner. */
  waitedForCpuSeconds?: number;
}

/** StepTimings (milliseconds, from the CLI's timer) as seconds in reading order. */
export function stageSecondsFrom(timings: StepTimings, formats: readonly string[]): Record<string, number | null> {
  const seconds = (milliseconds: number | null | undefined) => (milliseconds === null || milliseconds === undefined ? null : round(milliseconds / 1000));
  const stages: Record<string, number | null> = {};
  if (timings.storyMs !== null) stages.story = seconds(timings.storyMs);
  stages.plan = seconds(timings.planMs);
  stages.scenes = seconds(timings.scenesMs);
  stages.join = seconds(timings.joinMs);
  for (const format of formats) stages[`render ${format}`] = seconds(timings.renderMs[format as keyof StepTimings['renderMs']]);
  return stages;
}

const STAGE_LABELS: Record<string, string> = {
  story: 'write the story',
  plan: 'plan',
  scenes: 'illustrate ‖ narrate every scene',
  join: 'join narration',
};

export function bookRunRows(figures: BookRunFigures, targets: { total?: string; peakRss?: string }): TableRow[] {
  const stages = Object.entries(figures.stageSeconds).map(([stage, seconds]): TableRow => ({
    label: STAGE_LABELS[stage] ?? stage,
    value: `${formatSeconds(seconds)} (CPU ${formatSeconds(figures.stageCpuSeconds[stage])})`,
  }));
  return [
    ...stages,
    { label: figures.runsTotalSeconds && figures.runsTotalSeconds.length > 1 ? `total (wall), fastest of ${figures.runsTotalSeconds.map((seconds) => formatSeconds(seconds)).join(' / ')}` : 'total (wall)', value: formatSeconds(figures.totalSeconds), targetId: targets.total },
    { label: 'CPU time (threads and ffmpeg)', value: formatSeconds(figures.cpuSeconds) },
    { label: 'CPU use (CPU ÷ wall)', value: formatFactor(figures.cpuSeconds / figures.totalSeconds) },
    { label: 'waited for a CPU (other load; summed over threads)', value: formatSeconds(figures.waitedForCpuSeconds) },
    { label: 'narration length', value: formatSeconds(figures.narrationSeconds) },
    { label: 'peak RSS (process, threads, ffmpeg)', value: formatMegabytes(figures.peakRssMegabytes), targetId: targets.peakRss },
    { label: 'peak RSS (process alone, kernel mark)', value: formatMegabytes(figures.processHighWaterMegabytes) },
    { label: 'at the sampled peak', value: figures.peakParts || '–' },
  ];
}

export function bookRunTitle(number: number, what: string, figures: BookRunFigures): string {
  const formats = figures.formats.map((format) => (format === 'mp4' ? `mp4 (${figures.videoMode})` : format)).join(', ');
  return `${number}. ${what}: ${figures.words.toLocaleString('en')} words, ${figures.scenes} scenes → ${formats}`;
}
