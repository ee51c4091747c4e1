import { PassThrough } from 'node:stream';
import type { ProgressEvent } from '../model';
import { describeProgress, formatDuration, progressBar, progressDisplay } from './progress-display';

const planned: ProgressEvent = { type: 'book:planned', overall: 10, title: 'The Fox', scenes: [{} as never, {} as never], bible: { characters: [] } };

function capture(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY });
  let text = '';
  stream.on('data', (chunk) => (text += chunk));
  return { stream, text: () => text };
}

describe('progress display', () => {
  it('describes each step for a person', () => {
    expect(describeProgress(planned, 0)).toBe('planned 2 scenes: "The Fox"');
    expect(describeProgress({ type: 'scene:narrated', overall: 40, index: 1, file: 'scenes/02.wav', durationMs: 12345 }, 2)).toBe('scene 2/2: narration, 12.3 s');
    expect(describeProgress({ type: 'render:progress', overall: 90, format: 'pdf', percent: 50 }, 2)).toBeNull();
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });

  it('draws a bar that fills with the overall figure', () => {
    expect(progressBar(0, 10)).toBe('[░░░░░░░░░░]   0%');
    expect(progressBar(50, 10)).toBe('[█████░░░░░]  50%');
    expect(progressBar(100, 10)).toBe('[██████████] 100%');
  });

  it('writes one line per step when not on a terminal', () => {
    const { stream, text } = capture(false);
    const display = progressDisplay(stream);
    display.onProgress(planned);
    display.onProgress({ type: 'render:progress', overall: 91, format: 'pdf', percent: 20 });
    display.onProgress({ type: 'scene:illustrated', overall: 30, index: 0, file: 'scenes/01.png', width: 1, height: 1 });
    display.finish();
    expect(text()).toBe('[ 10%] planned 2 scenes: "The Fox"\n[ 30%] scene 1/2: picture\n');
  });

  it('redraws one line in place on a terminal and ends it when finished', () => {
    const { stream, text } = capture(true);
    const display = progressDisplay(stream);
    display.onProgress(planned);
    display.onProgress({ type: 'render:progress', overall: 91, format: 'pdf', percent: 20 });
    display.finish();
    expect(text().split('\n')).toHaveLength(2);
    expect(text()).toContain('\r[');
    expect(text()).toContain('rendering pdf 20%');
    expect(text().endsWith('\n')).toBe(true);
  });
});
