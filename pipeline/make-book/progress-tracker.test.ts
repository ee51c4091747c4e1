import { ProgressTracker } from './progress-tracker';

describe('ProgressTracker', () => {
  it('rises from 0 to 100 through every step, weighted towards the scenes', () => {
    const tracker = new ProgressTracker({ hasStoryStep: true, renderFormats: ['web', 'pdf'] });
    const seen = [tracker.overall()];
    tracker.storyDone();
    seen.push(tracker.overall());
    tracker.planned(2);
    seen.push(tracker.overall());
    const beforeScenes = tracker.overall();
    for (const index of [0, 1]) {
      tracker.scenePartDone(index, 'picture');
      seen.push(tracker.overall());
      tracker.scenePartDone(index, 'narration');
      seen.push(tracker.overall());
    }
    expect(tracker.overall() - beforeScenes).toBe(70);
    tracker.joined();
    seen.push(tracker.overall());
    tracker.rendering('web', 50);
    seen.push(tracker.overall());
    tracker.rendering('web', 100);
    tracker.rendering('pdf', 100);
    seen.push(tracker.overall());
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(100);
    for (let index = 1; index < seen.length; index++) expect(seen[index]).toBeGreaterThan(seen[index - 1]);
  });

  it('leaves out the weights of steps this run does not have', () => {
    const tracker = new ProgressTracker({ hasStoryStep: false, renderFormats: [] });
    tracker.planned(1);
    tracker.scenePartDone(0, 'picture');
    tracker.scenePartDone(0, 'narration');
    tracker.joined();
    expect(tracker.overall()).toBe(100);
  });

  it('counts a part once and never lets render progress go backwards', () => {
    const tracker = new ProgressTracker({ hasStoryStep: false, renderFormats: ['mp4'] });
    tracker.planned(1);
    tracker.scenePartDone(0, 'picture');
    const once = tracker.overall();
    tracker.scenePartDone(0, 'picture');
    expect(tracker.overall()).toBe(once);
    tracker.rendering('mp4', 60);
    const rendered = tracker.overall();
    tracker.rendering('mp4', 20);
    expect(tracker.overall()).toBe(rendered);
  });
});
