import { planBook, type BookPlanInput, type PagePlan } from './book-plan';
import { fixedWidthMeasurer } from './fixed-width-measurer';
import { pageGeometry, type Box } from './page-geometry';
import { pageFrame } from './page-layout';
import type { PlacedText } from './text-placement';

const measurer = fixedWidthMeasurer(0.5);
const chains = { body: ['body', 'fallback'], display: ['display', 'body', 'fallback'] };
const picture = (index: number) => ({ file: `scenes/0${index + 1}.png`, width: 1024, height: 1024 });
const sentence = 'Once upon a time a little fox lived at the edge of a dark forest and every night she looked at the moon.';
const book = (texts: string[]): BookPlanInput => ({ title: 'The Fox and the Moon', endWords: 'The End', scenes: texts.map((text, index) => ({ text, picture: picture(index), alt: `scene ${index + 1}` })) });

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
const textOf = (placed: PlacedText) => placed.lines.map((line) => line.runs.map((run) => run.text).join('')).join(' ');
const storyText = (pages: PagePlan[]) => pages.flatMap((page) => (page.kind === 'scene' || page.kind === 'continuation' ? [textOf(page.text)] : [])).join(' ');
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every glyph (ascent above the baseline, descent below) and every run lies inside the box. */
function expectInsideBox(text: PlacedText): void {
  const { box, size } = text;
  const { ascent, descent } = measurer.metrics('body');
  for (const line of text.lines) {
    expect(line.baseline - size * ascent).toBeGreaterThanOrEqual(box.y - 0.01);
    expect(line.baseline + size * descent).toBeLessThanOrEqual(box.y + box.height + 0.01);
    for (const run of line.runs) {
      expect(run.x).toBeGreaterThanOrEqual(box.x - 0.01);
      expect(run.x + run.width).toBeLessThanOrEqual(box.x + box.width + 0.01);
    }
  }
}

describe('planBook', () => {
  it('makes a cover, one numbered page per scene, and an end page', () => {
    const pages = planBook(book(['One.', 'Two.', 'Three.']), pageGeometry('square', false), chains, measurer);
    expect(pages.map((page) => page.kind)).toEqual(['cover', 'scene', 'scene', 'scene', 'end']);
    expect(pages.flatMap((page) => (page.kind === 'scene' ? [page.folio] : []))).toEqual([1, 2, 3]);
    const cover = pages[0];
    if (cover.kind !== 'cover') throw new Error('no cover');
    expect(textOf(cover.title).trim()).toBe('The Fox and the Moon');
    expect(cover.picture).toMatchObject({ file: 'scenes/01.png', alt: 'scene 1' });
    expect(cover.picture && overlaps(cover.picture.box, cover.title.box)).toBe(false);
  });

  it('keeps every scene text inside its box and clear of its picture, on every page size', () => {
    for (const size of ['square', 'a4-portrait', 'a4-landscape', 'letter-portrait', 'letter-landscape'] as const) {
      const geometry = pageGeometry(size, true);
      const frame = pageFrame(geometry);
      const pages = planBook(book(['A fox.', sentence, Array(6).fill(sentence).join('\n\n')]), geometry, chains, measurer);
      for (const page of pages) {
        if (page.kind !== 'scene') continue;
        expectInsideBox(page.text);
        expect(page.picture).not.toBeNull();
        expect(overlaps(page.picture!.box, page.text.box)).toBe(false);
        for (const box of [page.picture!.box, page.text.box]) {
          expect(box.x).toBeGreaterThanOrEqual(frame.content.x - 0.01);
          expect(box.y + box.height).toBeLessThanOrEqual(frame.content.y + frame.content.height + 0.01);
        }
        if (geometry.orientation === 'landscape') expect(page.picture!.box.x + page.picture!.box.width).toBeLessThan(page.text.box.x);
        else expect(page.picture!.box.y + page.picture!.box.height).toBeLessThan(page.text.box.y);
      }
    }
  });

  it('gives a short scene a bigger picture and bigger type than a long one', () => {
    const pages = planBook(book(['A fox.', Array(5).fill(sentence).join(' ')]), pageGeometry('square', false), chains, measurer);
    const [short, long] = pages.filter((page) => page.kind === 'scene');
    if (short.kind !== 'scene' || long.kind !== 'scene') throw new Error('no scenes');
    expect(short.picture!.box.height).toBeGreaterThan(long.picture!.box.height);
    expect(short.text.size).toBeGreaterThan(long.text.size);
  });

  it('continues a scene too long for its page on extra pages, losing no word', () => {
    const long = Array(60).fill(sentence).join(' ');
    const pages = planBook(book(['A fox.', long, 'The end of the night.']), pageGeometry('square', false), chains, measurer);
    const kinds = pages.map((page) => page.kind);
    expect(kinds.filter((kind) => kind === 'continuation').length).toBeGreaterThan(0);
    expect(kinds[0]).toBe('cover');
    expect(kinds[kinds.length - 1]).toBe('end');
    expect(wordsOf(storyText(pages))).toEqual(wordsOf(`A fox. ${long} The end of the night.`));
    const folios = pages.flatMap((page) => (page.kind === 'scene' || page.kind === 'continuation' ? [page.folio] : []));
    expect(folios).toEqual(folios.map((_, index) => index + 1));
    for (const page of pages) if (page.kind === 'scene' || page.kind === 'continuation') expectInsideBox(page.text);
  });

  it('sets a scene that just overflows its page in bigger type over two pages, never leaving a lonely line overleaf', () => {
    const geometry = pageGeometry('square', false);
    const continuations = (pages: PagePlan[]) => pages.filter((page) => page.kind === 'continuation');
    let repeats = 1;
    while (continuations(planBook(book([Array(repeats).fill(sentence).join(' ')]), geometry, chains, measurer)).length === 0) repeats++;
    const pages = planBook(book([Array(repeats).fill(sentence).join(' ')]), geometry, chains, measurer);
    const [scene, overleaf] = [pages.find((page) => page.kind === 'scene'), continuations(pages)[0]];
    if (scene?.kind !== 'scene' || overleaf?.kind !== 'continuation') throw new Error('no continued scene');
    expect(continuations(pages)).toHaveLength(1);
    expect(overleaf.text.size).toBe(scene.text.size);
    expect(scene.text.size).toBeGreaterThan(11);
    expect(overleaf.text.lines.length).toBeGreaterThan(3);
    for (const page of [scene, overleaf]) expectInsideBox(page.text);
  });

  it('gives a scene without a picture the whole page for its text', () => {
    const input = book(['A fox.']);
    input.scenes[0].picture = null;
    const pages = planBook(input, pageGeometry('square', false), chains, measurer);
    const scene = pages.find((page) => page.kind === 'scene');
    expect(scene).toMatchObject({ picture: null, text: { box: pageFrame(pageGeometry('square', false)).content } });
    expect(pages[0]).toMatchObject({ kind: 'cover', picture: null });
  });
});
