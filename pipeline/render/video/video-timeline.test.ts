import { newManifest } from '../../book-store';
import { RenderError } from '../../errors';
import type { Manifest } from '../../model';
import { videoTimeline } from './video-timeline';

function manifestWith(durations: number[]): Manifest {
  const manifest = newManifest('book-1', { source: { kind: 'text', text: 'x' } }, new Date(0));
  const provenance = { provider: 'test', model: 'test', warnings: [], finishedAt: '' };
  let start = 0;
  const offsets: number[] = [];
  durations.forEach((durationMs, index) => {
    const text = `Scene ${index + 1} text.`;
    manifest.scenes.push({ index, text, start, end: start + text.length, description: { setting: 's', timeOfDay: 'day', weather: 'clear', season: null, characters: [], objects: [], mood: 'calm', action: 'a' }, imagePrompt: 'p' });
    start += text.length;
    manifest.steps.scenes.push({
      picture: { ...provenance, file: `scenes/0${index + 1}.png`, mimeType: 'image/png', width: 1024, height: 768, drawn: [] },
      narration: { ...provenance, file: `scenes/0${index + 1}.wav`, mimeType: 'audio/wav', durationMs, words: [], sentences: [] },
    });
    offsets.push(offsets.length === 0 ? 0 : offsets[offsets.length - 1] + durations[index - 1]);
  });
  manifest.steps.narration = { file: 'narration.wav', mimeType: 'audio/wav', durationMs: durations.reduce((a, b) => a + b, 0), sceneOffsetsMs: offsets, finishedAt: '' };
  return manifest;
}

describe('videoTimeline', () => {
  it('takes each scene start from the joined narration and resolves every file', () => {
    const timeline = videoTimeline(manifestWith([4000, 2500, 3000]), (file) => `/book/${file}`);
    expect(timeline.scenes.map((scene) => [scene.startMs, scene.durationMs])).toEqual([[0, 4000], [4000, 2500], [6500, 3000]]);
    expect(timeline.totalMs).toBe(9500);
    expect(timeline.narration).toBe('/book/narration.wav');
    expect(timeline.scenes[1]).toMatchObject({ picture: '/book/scenes/02.png', pictureWidth: 1024, pictureHeight: 768, text: 'Scene 2 text.' });
  });

  it('refuses a book that is not finished, naming what is missing', () => {
    const noPicture = manifestWith([1000, 1000]);
    noPicture.steps.scenes[1].picture = null;
    expect(() => videoTimeline(noPicture, (file) => file)).toThrow(new RenderError('mp4', 'scene 2 has no picture yet'));
    const notJoined = manifestWith([1000]);
    notJoined.steps.narration = null;
    expect(() => videoTimeline(notJoined, (file) => file)).toThrow(RenderError);
  });

  it('refuses scene offsets that give a scene no time', () => {
    const manifest = manifestWith([1000, 1000]);
    manifest.steps.narration!.sceneOffsetsMs = [0, 0];
    expect(() => videoTimeline(manifest, (file) => file)).toThrow('scene 1 has no time in the narration');
  });
});
