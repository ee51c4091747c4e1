import { promises as fs } from 'node:fs';
import { decodeWav, durationMs } from '../../pipeline/audio/wav';
import { makeBook } from '../../pipeline/make-book';
import type { ProgressEvent } from '../../pipeline/model';
import { countingProviders, collect, expectRecordedFilesExist, fakeWebRenderer, queuedBook, storyOf } from './make-book-fixtures';

describe('makeBook with synthetic providers', () => {
  it('writes, plans, illustrates, narrates, joins and renders, reporting progress in order', async () => {
    const { folder, remove } = await queuedBook({ source: { kind: 'prompt', prompt: 'a fox who finds the moon' }, options: { formats: ['web', 'pdf'] } });
    const events: ProgressEvent[] = [];
    const manifest = await makeBook(folder, { providers: countingProviders(), renderers: [fakeWebRenderer()], onProgress: collect(events) });

    expect(manifest.status).toBe('ready');
    expect(manifest.title).toBe('A Story');
    expect(manifest.scenes).toHaveLength(3);
    expect(manifest.steps.scenes.map((steps) => [steps.picture!.file, steps.narration!.file])).toEqual([
      ['scenes/01.png', 'scenes/01.wav'], ['scenes/02.png', 'scenes/02.wav'], ['scenes/03.png', 'scenes/03.wav'],
    ]);
    expect(await fs.readFile(folder.resolve('story.txt'), 'utf8')).toContain('Once there was a fox who finds the moon.');
    expect(manifest.outputs.web!.files).toEqual(['web/index.html']);
    expect(manifest.warnings).toEqual(['pdf was requested but no pdf renderer is installed yet, so it was skipped']);
    await expectRecordedFilesExist(folder, manifest);

    const types = events.map((event) => event.type);
    expect(types.slice(0, 3)).toEqual(['book:started', 'story:written', 'book:planned']);
    expect(types.slice(-4)).toEqual(['narration:joined', 'render:progress', 'render:done', 'book:ready']);
    expect(types.filter((type) => type === 'scene:illustrated')).toHaveLength(3);
    expect(types.filter((type) => type === 'scene:narrated')).toHaveLength(3);
    const overall = events.map((event) => event.overall);
    for (let index = 1; index < overall.length; index++) expect(overall[index]).toBeGreaterThanOrEqual(overall[index - 1]);
    expect(overall[0]).toBe(0);
    expect(overall[overall.length - 1]).toBe(100);

    const joined = decodeWav(await fs.readFile(folder.resolve('narration.wav')));
    const total = manifest.steps.scenes.reduce((sum, steps) => sum + steps.narration!.durationMs, 0);
    expect(Math.abs(durationMs(joined) - total)).toBeLessThan(1);
    const offsets = manifest.steps.narration!.sceneOffsetsMs;
    expect(offsets[0]).toBe(0);
    expect(Math.abs(offsets[2] + manifest.steps.scenes[2].narration!.durationMs - manifest.steps.narration!.durationMs)).toBeLessThan(1);
    await remove();
  });

  it('makes nothing twice: a second run on a finished book calls no provider and no renderer', async () => {
    const { folder, remove } = await queuedBook({ source: { kind: 'prompt', prompt: 'a brave hen' }, options: { formats: ['web'] } });
    const calls = { write: 0, plan: 0, illustrate: [] as number[], narrate: [] as number[] };
    const renders: unknown[] = [];
    await makeBook(folder, { providers: countingProviders({ calls }), renderers: [fakeWebRenderer(renders as never)] });
    expect(calls).toMatchObject({ write: 1, plan: 1 });
    expect(calls.illustrate).toHaveLength(3);

    const again = countingProviders({ calls });
    const events: ProgressEvent[] = [];
    const manifest = await makeBook(folder, { providers: again, renderers: [fakeWebRenderer(renders as never)], onProgress: collect(events) });
    expect(manifest.status).toBe('ready');
    expect(calls).toMatchObject({ write: 1, plan: 1 });
    expect(calls.illustrate).toHaveLength(3);
    expect(again.narrations).toEqual([]);
    expect(renders).toHaveLength(1);
    expect(events.map((event) => event.type)).toEqual(['book:started', 'book:planned', 'book:ready']);
    await remove();
  });

  it('takes plain text straight to the planner, with no story file', async () => {
    const { folder, remove } = await queuedBook({ source: { kind: 'text', text: storyOf(2) }, options: { formats: ['web'], size: 'landscape' } });
    const manifest = await makeBook(folder, { providers: countingProviders(), renderers: [] });
    expect(manifest.steps.story).toBeNull();
    await expect(fs.access(folder.resolve('story.txt'))).rejects.toThrow();
    expect(manifest.steps.scenes[0].picture).toMatchObject({ width: 1280, height: 720 });
    expect(manifest.warnings).toEqual(['web was requested but no web renderer is installed yet, so it was skipped']);
    await remove();
  });

  it('refuses a recording when there is no transcriber, saying what is needed', async () => {
    const { folder, remove } = await queuedBook({ source: { kind: 'audio', file: 'recording.webm', mimeType: 'audio/webm' } });
    await expect(makeBook(folder, { providers: countingProviders(), renderers: [] })).rejects.toThrow('a recorded story needs a transcriber');
    const manifest = await folder.read();
    expect(manifest.status).toBe('failed');
    expect(manifest.error).toMatchObject({ code: 'bad_input', scene: null });
    await remove();
  });

  it('refuses a nonsense concurrency', async () => {
    const { folder, remove } = await queuedBook({ source: { kind: 'text', text: 'Hi.' } });
    await expect(makeBook(folder, { providers: countingProviders(), concurrency: 0 })).rejects.toThrow('concurrency must be a whole number of at least 1, not 0');
    await remove();
  });
});
