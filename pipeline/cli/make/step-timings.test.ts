import type { ProgressEvent } from '../../model';
import { StepTimer } from './step-timings';

describe('StepTimer', () => {
  it('times each step from the end of the one before', () => {
    let now = 1000;
    const timer = new StepTimer(() => now);
    const at = (time: number, event: ProgressEvent) => {
      now = time;
      timer.observe(event);
    };
    at(1000, { type: 'book:started', overall: 0 });
    at(1200, { type: 'story:written', overall: 5, title: 'T', file: 'story.txt' });
    at(1300, { type: 'book:planned', overall: 10, title: 'T', scenes: [{} as never], bible: { characters: [] } });
    at(2300, { type: 'scene:narrated', overall: 40, index: 0, file: 'a', durationMs: 1 });
    at(3300, { type: 'scene:illustrated', overall: 80, index: 0, file: 'b', width: 1, height: 1 });
    at(3400, { type: 'narration:joined', overall: 83, file: 'narration.wav', durationMs: 1 });
    at(4400, { type: 'render:done', overall: 100, format: 'pdf', files: ['book.pdf'] });
    now = 4500;
    expect(timer.result()).toEqual({ totalMs: 3500, storyMs: 200, planMs: 100, scenesMs: 2000, joinMs: 100, renderMs: { pdf: 1000 } });
  });
});
