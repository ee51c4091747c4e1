import { formatFactor, formatSeconds } from '../../report/format-figures';
import type { TableRow } from '../../report/format-table';

export interface EncodingFigures {
  /** Median encoding wall time over `runs`. */
  seconds: number;
  runs: number;
  /** Narration seconds per encoding second. */
  realTimeFactor: number;
  /** CPU seconds ffmpeg used (median run). */
  cpuSeconds: number;
  /** Narration seconds per CPU second: what the encoder costs, whatever else the machine runs. */
  cpuRealTimeFactor: number;
}

export interface VideoFigures {
  scenes: number;
  frame: string;
  narrationSeconds: number;
  still: EncodingFigures;
  motion: EncodingFigures;
  /** The hand-written recipe: every picture looped at 25 fps, libx264 preset medium. */
  baseline: EncodingFigures;
  stillToBaseline: number;
  motionToBaseline: number;
}

export function encodingFigures(narrationSeconds: number, runs: { seconds: number; cpuSeconds: number }[]): EncodingFigures {
  const ordered = [...runs].sort((a, b) => a.seconds - b.seconds);
  const middle = ordered[Math.floor((ordered.length - 1) / 2)];
  return { seconds: middle.seconds, runs: runs.length, realTimeFactor: narrationSeconds / middle.seconds, cpuSeconds: middle.cpuSeconds, cpuRealTimeFactor: narrationSeconds / middle.cpuSeconds };
}

export function videoRows(figures: VideoFigures): TableRow[] {
  const runs = (encoding: EncodingFigures) => (encoding.runs > 1 ? `, median of ${encoding.runs}` : '');
  return [
    { label: 'narration length', value: formatSeconds(figures.narrationSeconds) },
    { label: `still: encoding time${runs(figures.still)}`, value: formatSeconds(figures.still.seconds) },
    { label: 'still: real-time factor', value: formatFactor(figures.still.realTimeFactor), targetId: 'video.still-real-time' },
    { label: `motion: encoding time${runs(figures.motion)}`, value: formatSeconds(figures.motion.seconds) },
    { label: 'motion: real-time factor', value: formatFactor(figures.motion.realTimeFactor), targetId: 'video.motion-real-time' },
    { label: 'baseline (25 fps loop, x264 medium): time', value: formatSeconds(figures.baseline.seconds) },
    { label: 'baseline: real-time factor', value: formatFactor(figures.baseline.realTimeFactor) },
    { label: 'still ÷ baseline speed', value: formatFactor(figures.stillToBaseline), targetId: 'video.still-vs-baseline' },
    { label: 'motion ÷ baseline speed', value: formatFactor(figures.motionToBaseline) },
    { label: 'ffmpeg CPU: still / motion / baseline', value: [figures.still, figures.motion, figures.baseline].map((encoding) => formatSeconds(encoding.cpuSeconds)).join(' / ') },
    { label: 'per CPU second: still / motion / baseline', value: [figures.still, figures.motion, figures.baseline].map((encoding) => formatFactor(encoding.cpuRealTimeFactor)).join(' / ') },
  ];
}
