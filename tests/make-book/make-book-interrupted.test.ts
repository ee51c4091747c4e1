import { CancelledError, ProviderError } from '../../pipeline/errors';
import { makeBook } from '../../pipeline/make-book';
import type { ProgressEvent } from '../../pipeline/model';
import { countingProviders, expectRecordedFilesExist, queuedBook, storyOf } from './make-book-fixtures';

describe('makeBook interrupted', () => {
  it('stops promptly when cancelled, leaves a consistent manifest, and a later run finishes only what is left', async () => {
    const { folder, remove } = await queuedBook({ source: { kind: 'text', text: storyOf(10) }, options: { formats: ['web'] } });
    const controller = new AbortController();
    const first = countingProviders({ pictureDelayMs: 150, narrationDelayMs: 100 });
    let cancelledAt = 0;
    const onProgress = (event: ProgressEvent) => {
      if (event.type === 'scene:illustrated' && !controller.signal.aborted) {
        cancelledAt = Date.now();
        controller.abort();
      }
    };
    await expect(makeBook(folder, { providers: first, renderers: [], concurrency: 2, onProgress, signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(Date.now() - cancelledAt).toBeLessThan(100);

    const cancelled = await folder.read();
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.error).toBeNull();
    await expectRecordedFilesExist(folder, cancelled);
    const picturesDone = cancelled.steps.scenes.filter((steps) => steps.picture).length;
    const narrationsDone = cancelled.steps.scenes.filter((steps) => steps.narration).length;
    expect(picturesDone).toBeGreaterThanOrEqual(1);
    expect(picturesDone).toBeLessThan(10);
    expect(first.pictures.length).toBeLessThanOrEqual(4);

    const second = countingProviders();
    const finished = await makeBook(folder, { providers: second, renderers: [] });
    expect(finished.status).toBe('ready');
    expect(second.pictures).toHaveLength(10 - picturesDone);
    expect(second.narrations).toHaveLength(10 - narrationsDone);
    const recordedBefore = cancelled.steps.scenes.flatMap((steps, index) => (steps.picture ? [index] : []));
    for (const index of recordedBefore) expect(second.pictures).not.toContain(index);
    await expectRecordedFilesExist(folder, finished);
    await remove();
  });

  it('fails the book naming the scene and provider, and a re-run redoes only what failed', async () => {
    const { folder, remove } = await queuedBook({ source: { kind: 'text', text: storyOf(6) }, options: { formats: ['web'] } });
    const broken = countingProviders({ pictureDelayMs: 20 });
    const healthy = broken.illustrator.illustrate;
    broken.illustrator = {
      ...broken.illustrator,
      async illustrate(input) {
        if (input.scene.index === 2) throw new ProviderError({ provider: 'synthetic', retryable: true, message: 'the drawing service is busy' });
        return healthy(input);
      },
    };
    await expect(makeBook(folder, { providers: broken, renderers: [], concurrency: 2 })).rejects.toThrow('the drawing service is busy');
    const failed = await folder.read();
    expect(failed.status).toBe('failed');
    expect(failed.error).toEqual({ code: 'provider_failed', message: 'drawing scene 3 failed: the drawing service is busy', scene: 2, provider: 'synthetic' });
    expect(failed.steps.scenes[2].picture).toBeNull();
    expect(failed.steps.scenes[2].narration).not.toBeNull();
    await expectRecordedFilesExist(folder, failed);

    const again = countingProviders();
    const finished = await makeBook(folder, { providers: again, renderers: [] });
    expect(finished.status).toBe('ready');
    expect(finished.error).toBeNull();
    const missingPictures = failed.steps.scenes.flatMap((steps, index) => (steps.picture ? [] : [index]));
    expect(again.pictures.sort()).toEqual(missingPictures);
    expect(missingPictures).toContain(2);
    expect(again.narrations).toHaveLength(failed.steps.scenes.filter((steps) => !steps.narration).length);
    await remove();
  });

  it('turns a provider bug into a ProviderError and a bad result into a clear message', async () => {
    const { folder, remove } = await queuedBook({ source: { kind: 'text', text: storyOf(2) }, options: { formats: ['web'] } });
    const providers = countingProviders();
    providers.narrator = { ...providers.narrator, narrate: async () => { throw new TypeError('cannot read samples'); } };
    const thrown = await makeBook(folder, { providers, renderers: [], concurrency: 1 }).catch((error) => error);
    expect(ProviderError.isInstance(thrown)).toBe(true);
    expect((await folder.read()).error).toMatchObject({ code: 'provider_failed', message: 'narrating scene 1 failed: cannot read samples', scene: 0 });

    const liar = countingProviders();
    const real = liar.narrator.narrate;
    liar.narrator = { ...liar.narrator, narrate: async (input) => ({ ...(await real(input)), durationMs: -5 }) };
    await expect(makeBook(folder, { providers: liar, renderers: [], concurrency: 1 })).rejects.toThrow('synthetic returned an invalid narration: durationMs');
    await remove();
  });

  it('records a renderer failure as a failed book', async () => {
    const { folder, remove } = await queuedBook({ source: { kind: 'text', text: storyOf(1) }, options: { formats: ['pdf'] } });
    const renderer = { format: 'pdf' as const, render: async () => { throw new Error('out of paper'); } };
    await expect(makeBook(folder, { providers: countingProviders(), renderers: [renderer] })).rejects.toThrow('could not render pdf: out of paper');
    expect((await folder.read()).error).toEqual({ code: 'render_failed', message: 'could not render pdf: out of paper', scene: null, provider: null });
    await remove();
  });
});
