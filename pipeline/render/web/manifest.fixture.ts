import { newManifest } from '../../book-store';
import type { Manifest, NarrationRecord, PictureRecord, WordTiming } from '../../model';

/** Unit-test data for the web and EPUB builders: a manifest in memory, no files behind it. */
const provenance = { provider: 'test', model: 'test', warnings: [], finishedAt: '2026-01-01T00:00:00.000Z' };

/** Words of `text` at 200 ms each, spoken for 150 ms. */
export function evenWords(text: string): WordTiming[] {
  return [...text.matchAll(/\S+/g)].map((match, index) => ({ text: match[0], start: match.index!, end: match.index! + match[0].length, startMs: index * 200 + 100, endMs: index * 200 + 250 }));
}

/** A book of `texts` (one per scene) whose scenes have a picture and narration where `done` says so. */
export function manifestWith(texts: string[], done: { picture: boolean; narration: boolean }[] = texts.map(() => ({ picture: true, narration: true })), language = 'en'): Manifest {
  const manifest = newManifest('abcdefghijklmnop', { source: { kind: 'text', text: texts.join('') }, options: { language } }, new Date(0));
  manifest.title = 'The <b>Bold</b> Fox';
  let start = 0;
  texts.forEach((text, index) => {
    manifest.scenes.push({ index, text, start, end: start + text.length, imagePrompt: '', description: { setting: 'meadow', timeOfDay: 'day', weather: 'clear', season: null, characters: [], objects: [], mood: 'happy', action: `Action ${index}` } });
    start += text.length;
    const picture: PictureRecord = { ...provenance, file: `scenes/0${index + 1}.png`, mimeType: 'image/png', width: 1024, height: 1024, drawn: [] };
    const words = evenWords(text);
    const narration: NarrationRecord = { ...provenance, file: `scenes/0${index + 1}.wav`, mimeType: 'audio/wav', durationMs: words.length * 200 + 300, words, sentences: [] };
    manifest.steps.scenes.push({ picture: done[index].picture ? picture : null, narration: done[index].narration ? narration : null });
  });
  return manifest;
}
