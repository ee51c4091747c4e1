import { newManifest } from '../../book-store';
import type { Manifest, NarrationRecord, PictureRecord } from '../../model';
import { buildStorybookData, trimWords } from './build-storybook-data';

const provenance = { provider: 'test', model: 'test', warnings: [], finishedAt: '2026-01-01T00:00:00.000Z' };

/** Words of `text` at 200 ms each. */
function timings(text: string) {
  return [...text.matchAll(/\S+/g)].map((match, index) => ({ text: match[0], start: match.index!, end: match.index! + match[0].length, startMs: index * 200, endMs: index * 200 + 150 }));
}

function manifestWith(texts: string[], done: { picture: boolean; narration: boolean }[]): Manifest {
  const manifest = newManifest('test-book', { source: { kind: 'text', text: texts.join('') }, options: { language: 'en' } }, new Date(0));
  manifest.title = 'The <b>Bold</b> Fox';
  let start = 0;
  texts.forEach((text, index) => {
    manifest.scenes.push({ index, text, start, end: start + text.length, imagePrompt: '', description: { setting: 'meadow', timeOfDay: 'day', weather: 'clear', season: null, characters: [], objects: [], mood: 'happy', action: `Action ${index}` } });
    start += text.length;
    const picture: PictureRecord = { ...provenance, file: `scenes/0${index + 1}.png`, mimeType: 'image/png', width: 10, height: 10, drawn: [] };
    const narration: NarrationRecord = { ...provenance, file: `scenes/0${index + 1}.wav`, mimeType: 'audio/wav', durationMs: 1234, words: timings(text), sentences: [] };
    manifest.steps.scenes.push({ picture: done[index].picture ? picture : null, narration: done[index].narration ? narration : null });
  });
  return manifest;
}

const urls = { picture: (record: PictureRecord) => `files/${record.file}`, audio: (record: NarrationRecord) => `files/${record.file}` };

describe('trimWords', () => {
  it('moves word offsets onto the trimmed text, each still naming the same word', () => {
    const text = '\n  Hello, small world.\n\n';
    const moved = trimWords(text, timings(text));
    expect(moved.text).toBe('Hello, small world.');
    expect(moved.words.map((word) => moved.text.slice(word.start, word.end))).toEqual(['Hello,', 'small', 'world.']);
    expect(moved.words[2].startMs).toBe(400);
  });

  it('drops words that do not lie inside the text and mends reversed times', () => {
    const moved = trimWords(' ab ', [
      { text: 'ab', start: 1, end: 3, startMs: 50, endMs: 20 },
      { text: 'x', start: 0, end: 1, startMs: 0, endMs: 10 },
      { text: 'y', start: 2, end: 9, startMs: 0, endMs: 10 },
    ]);
    expect(moved.words).toEqual([{ start: 0, end: 2, startMs: 50, endMs: 50 }]);
  });
});

describe('buildStorybookData', () => {
  it('makes one page per scene with its files, words and alt text', () => {
    const manifest = manifestWith(['One fox.\n\n', 'Two owls.'], [{ picture: true, narration: true }, { picture: true, narration: true }]);
    const book = buildStorybookData(manifest, urls);
    expect(book.title).toBe('The <b>Bold</b> Fox');
    expect(book.language).toBe('en');
    expect(book.pages.map((page) => page.text)).toEqual(['One fox.', 'Two owls.']);
    expect(book.pages[1]).toMatchObject({ index: 1, picture: 'files/scenes/02.png', audio: 'files/scenes/02.wav', durationMs: 1234 });
    expect(book.pages[1].alt).toBe('Action 1. The meadow by day.');
    expect(book.cover).toEqual({ picture: 'files/scenes/01.png', alt: book.pages[0].alt });
  });

  it('gives null for what a book still being made does not have yet', () => {
    const manifest = manifestWith(['One.', ' Two.'], [{ picture: false, narration: true }, { picture: true, narration: false }]);
    manifest.title = null;
    const book = buildStorybookData(manifest, urls);
    expect(book.title).toBe('Untitled story');
    expect(book.cover.picture).toBeNull();
    expect(book.pages[0].picture).toBeNull();
    expect(book.pages[1]).toMatchObject({ audio: null, words: [], durationMs: 0, text: 'Two.' });
  });
});
