import { promises as fs } from 'node:fs';
import { decodeWav, durationMs } from '../../pipeline/audio/wav';
import { makeSampleBook } from './sample-book';

describe('sample book (renderer test fixture)', () => {
  it('is a consistent finished book folder', async () => {
    const { folder, manifest } = await makeSampleBook();
    const text = manifest.scenes.map((scene) => scene.text).join('');
    expect(manifest.scenes[2].end).toBe(text.length);
    for (const [index, steps] of manifest.steps.scenes.entries()) {
      const narration = steps.narration!;
      const words = narration.words;
      expect(words.length).toBeGreaterThan(5);
      expect(manifest.scenes[index].text.slice(words[0].start, words[0].end)).toMatch(/^\S+$/);
      expect(words[words.length - 1].endMs).toBeLessThanOrEqual(narration.durationMs);
      const wav = decodeWav(await fs.readFile(folder.resolve(narration.file)));
      expect(durationMs(wav)).toBeCloseTo(narration.durationMs, 0);
    }
    const joined = decodeWav(await fs.readFile(folder.resolve('narration.wav')));
    const total = manifest.steps.scenes.reduce((sum, steps) => sum + steps.narration!.durationMs, 0);
    expect(durationMs(joined)).toBeCloseTo(total, 0);
    await fs.rm(folder.dir, { recursive: true });
  });
});
