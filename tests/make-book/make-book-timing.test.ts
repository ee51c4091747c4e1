import { BookFolder } from '../../pipeline/book-folder';
import { makeBook } from '../../pipeline/make-book';
import type { ProgressEvent } from '../../pipeline/model';
import { countingProviders, queuedBook, storyOf } from './make-book-fixtures';

/**
 * The schedule, measured: scenes start in order with bounded concurrency, so the whole book takes
 * close to the ideal (total call time / concurrency) and the first page is ready early.
 */
describe('makeBook scheduling', () => {
  it('keeps concurrency bounded, finishes near the ideal time and completes the first scene early', async () => {
    const pictureMs = 200;
    const narrationMs = 125;
    const { folder, remove } = await queuedBook({ source: { kind: 'text', text: storyOf(12) }, options: { formats: ['web'], size: 'portrait' } });
    const providers = countingProviders({ pictureDelayMs: pictureMs, narrationDelayMs: narrationMs, cheapMedia: true });
    const finishedParts = new Map<number, number>();
    let firstSceneDoneAt = 0;
    const started = Date.now();
    const onProgress = (event: ProgressEvent) => {
      if (event.type !== 'scene:illustrated' && event.type !== 'scene:narrated') return;
      finishedParts.set(event.index, (finishedParts.get(event.index) ?? 0) + 1);
      if (event.index === 0 && finishedParts.get(0) === 2) firstSceneDoneAt = Date.now() - started;
    };
    await makeBook(folder, { providers, renderers: [], concurrency: 4, onProgress });
    const elapsed = Date.now() - started;
    const ideal = (12 * (pictureMs + narrationMs)) / 4;
    expect(providers.inFlight.highest).toBe(4);
    expect(providers.pictures).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(elapsed).toBeLessThan(1.5 * ideal);
    expect(firstSceneDoneAt).toBeLessThan(2 * pictureMs + 100);
    await remove();
  });

  it('keeps book.json writes few for a 200-scene book', async () => {
    const { folder, remove } = await queuedBook({ source: { kind: 'text', text: storyOf(200) }, options: { formats: ['web'] } });
    const updates = jest.spyOn(BookFolder.prototype, 'update');
    const started = Date.now();
    const manifest = await makeBook(folder, { providers: countingProviders({ msPerWord: 20, cheapMedia: true }), renderers: [], concurrency: 8 });
    const elapsed = Date.now() - started;
    const writes = updates.mock.calls.length;
    updates.mockRestore();
    expect(manifest.steps.scenes.every((steps) => steps.picture && steps.narration)).toBe(true);
    expect(manifest.steps.scenes[199].picture!.file).toBe('scenes/200.png');
    // 400 scene records plus a handful of step records, coalesced.
    expect(writes).toBeLessThan(150);
    process.stdout.write(`200-scene book: ${writes} manifest writes, ${elapsed} ms\n`);
    await remove();
  });
});
