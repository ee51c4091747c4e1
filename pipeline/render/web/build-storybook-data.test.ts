import type { NarrationRecord, PictureRecord } from '../../model';
import { buildStorybookData, trimWords } from './build-storybook-data';
import { evenWords as timings, manifestWith } from './manifest.fixture';

const urls = { picture: (record: PictureRecord) => `files/${record.file}`, audio: (record: NarrationRecord) => `files/${record.file}` };

describe('trimWords', () => {
  it('moves word offsets onto the trimmed text, each still naming the same word', () => {
    const text = '\n  Hello, small world.\n\n';
    const moved = trimWords(text, timings(text));
    expect(moved.text).toBe('Hello, small world.');
    expect(moved.words.map((word) => moved.text.slice(word.start, word.end))).toEqual(['Hello,', 'small', 'world.']);
    expect(moved.words[2].startMs).toBe(500);
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
    expect(book.pages[1]).toMatchObject({ index: 1, picture: 'files/scenes/02.png', audio: 'files/scenes/02.wav', durationMs: manifest.steps.scenes[1].narration!.durationMs });
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
