import { promises as fs } from 'node:fs';
import { CancelledError, RenderError } from '../pipeline/errors';
import { PdfRenderer } from '../pipeline/render/pdf/pdf-renderer';
import { rendererFor } from '../pipeline/render/renderers';
import type { BookOptionsInput } from '../pipeline/model';
import { makeSampleBook, SAMPLE_SCENES } from './support/sample-book';
import { firstWordOutOfOrder, pdfBox, pdfFonts, pdfImageCount, pdfInfo, pdfPageCount, pdfPageSize, pdfText } from './render-pdf/pdf-inspection';

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

interface RenderOptions {
  scenes?: string[];
  language?: string;
  render?: BookOptionsInput['render'];
  fallbackFonts?: string[];
  pictureSize?: { width: number; height: number };
  /** The worker thread is the default and most tests use it; geometry tests skip its start-up time. */
  inWorker?: boolean;
}

async function renderBook(options: RenderOptions = {}) {
  // The PDF never reads the narration: keep the sample's tones short so the book is quick to make.
  const { folder, manifest } = await makeSampleBook({ scenes: options.scenes, language: options.language, options: { render: options.render }, pictureSize: options.pictureSize ?? { width: 256, height: 256 }, msPerWord: 10 });
  folders.push(folder.dir);
  const progress: number[] = [];
  const result = await new PdfRenderer({ fallbackFonts: options.fallbackFonts, inWorker: options.inWorker }).render({ folder, manifest, onProgress: (percent) => progress.push(percent) });
  return { folder, manifest, result, progress, file: folder.resolve('book.pdf') };
}

const LANGUAGE_SAMPLES = [
  'Der kleine Fuchs schläft unter großen Bäumen. Über die Brücke läuft der Bär mit süßem Brötchen.',
  'Le petit renard rêve près de la forêt. « Où vas-tu ? » demande le hibou, très ému, à côté du garçon.',
  'El zorro pequeño mira la luna. ¿Adónde vas, señor búho? ¡Qué noche tan bonita en el año!',
  'Mały lis śpi pod gwiaździstym niebem. Żółta sowa łagodnie mówi: dobranoc, źrebaczku, gęś już śni.',
  'Η μικρή αλεπού κοιτάζει το φεγγάρι. Καληνύχτα, κουκουβάγια, είπε χαρούμενη η αλεπού.',
  'Маленькая лисица смотрит на луну. «Куда ты идёшь?» — спросила сова. Їжак і ґава співають.',
];

describe('PdfRenderer', () => {
  it('is the registered renderer for the pdf format', () => {
    expect(rendererFor('pdf')).toBeInstanceOf(PdfRenderer);
  });

  it('makes a cover, one page per scene and an end page, with every word of the story in order', async () => {
    const { folder, manifest, result, progress, file } = await renderBook();
    expect(result).toEqual({ files: ['book.pdf'], warnings: [] });
    expect(pdfPageCount(file)).toBe(1 + SAMPLE_SCENES.length + 1);
    expect(pdfPageSize(file)).toEqual([612, 612]);
    const text = pdfText(file);
    expect(firstWordOutOfOrder(text, [manifest.title, ...SAMPLE_SCENES, 'The End'].join(' '))).toBeNull();
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect((await fs.readdir(folder.dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('embeds its fonts, and records the title, language, tags and alt text', async () => {
    const { file, manifest } = await renderBook();
    const fonts = pdfFonts(file);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['Comfortaa-Bold', 'GentiumBookPlus']);
    expect(fonts.every((font) => font.embedded)).toBe(true);
    const info = pdfInfo(file);
    expect(info.Title).toBe(manifest.title);
    expect(info.Tagged).toBe('yes');
    const raw = (await fs.readFile(file)).toString('latin1');
    expect(raw).toContain('/Lang (en)');
    expect(raw).toContain(`/Alt (${manifest.scenes[1].description.action}`);
    expect(pdfImageCount(file)).toBe(1 + SAMPLE_SCENES.length);
  });

  it('renders German, French, Spanish, Polish, Greek and Cyrillic text so that every word comes back out', async () => {
    const { file, result } = await renderBook({ scenes: LANGUAGE_SAMPLES, language: 'de' });
    expect(result.warnings).toEqual([]);
    const text = pdfText(file);
    expect(firstWordOutOfOrder(text, LANGUAGE_SAMPLES.join(' '))).toBeNull();
    expect(text).toContain('Ende');
    expect(text).not.toContain('The End');
  });

  it('never cuts a very long scene: it continues on extra pages', async () => {
    const long = Array.from({ length: 120 }, (_, index) => `Sentence ${index + 1} of the very long night walk, step by step.`).join(' ');
    const { file } = await renderBook({ scenes: [SAMPLE_SCENES[0], long, SAMPLE_SCENES[2]] });
    expect(pdfPageCount(file)).toBeGreaterThan(1 + 3 + 1);
    expect(firstWordOutOfOrder(pdfText(file), [SAMPLE_SCENES[0], long, SAMPLE_SCENES[2]].join(' '))).toBeNull();
  });

  it.each([
    ['square', [612, 612]],
    ['a4-portrait', [595, 842]],
    ['a4-landscape', [842, 595]],
    ['letter-portrait', [612, 792]],
    ['letter-landscape', [792, 612]],
  ] as const)('makes %s pages of the right size', async (pageSize, size) => {
    const { file } = await renderBook({ scenes: [SAMPLE_SCENES[0]], render: { pageSize }, inWorker: false });
    expect(pdfPageSize(file)).toEqual(size);
    expect(firstWordOutOfOrder(pdfText(file), SAMPLE_SCENES[0])).toBeNull();
  });

  it('adds a 0.125 in bleed on every side for print, with the trim box at the finished size', async () => {
    const { file } = await renderBook({ scenes: [SAMPLE_SCENES[0]], render: { pageSize: 'letter-portrait', print: true }, inWorker: false });
    expect(pdfPageSize(file)).toEqual([630, 810]);
    expect(pdfBox(file, 'TrimBox')).toEqual([9, 9, 621, 801]);
    expect(pdfBox(file, 'BleedBox')).toEqual([0, 0, 630, 810]);
  });

  it('warns about characters no font has, and still makes the book', async () => {
    const { file, result } = await renderBook({ scenes: ['The fox said 你好 to the moon.'], fallbackFonts: [] });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('你好');
    expect(firstWordOutOfOrder(pdfText(file), 'The fox said to the moon.')).toBeNull();
  });

  it.each([true, false])('stops when cancelled part way (in a worker: %s), leaving no book.pdf and no temporary file', async (inWorker) => {
    const { folder, manifest } = await makeSampleBook({ pictureSize: { width: 64, height: 64 }, msPerWord: 10 });
    folders.push(folder.dir);
    const controller = new AbortController();
    const progress: number[] = [];
    const rendering = new PdfRenderer({ inWorker }).render({
      folder,
      manifest,
      signal: controller.signal,
      onProgress: (percent) => {
        progress.push(percent);
        if (percent > 10) controller.abort();
      },
    });
    await expect(rendering).rejects.toBeInstanceOf(CancelledError);
    expect(Math.max(...progress)).toBeLessThan(100);
    const names = await fs.readdir(folder.dir);
    expect(names.filter((name) => name.startsWith('book.pdf'))).toEqual([]);
  });

  it('fails with a RenderError naming a picture it cannot read', async () => {
    const { folder, manifest } = await makeSampleBook({ pictureSize: { width: 64, height: 64 }, msPerWord: 10 });
    folders.push(folder.dir);
    await folder.writeFile('scenes/02.png', 'this is not a picture');
    const error = await new PdfRenderer().render({ folder, manifest }).catch((caught: unknown) => caught);
    expect(RenderError.isInstance(error)).toBe(true);
    expect((error as RenderError).message).toBe('could not use the picture scenes/02.png: it is not a PNG, JPEG or GIF picture');
    expect((await fs.readdir(folder.dir)).filter((name) => name.startsWith('book.pdf'))).toEqual([]);
  });
});
