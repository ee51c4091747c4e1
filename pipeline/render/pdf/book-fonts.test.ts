import path from 'node:path';
import PDFDocument from 'pdfkit';
import { BODY_FONT_FILE, chooseBookFonts, DISPLAY_FONT_FILE, FONT_FOLDER } from './book-fonts';
import { planBook } from './book-plan';
import { pageGeometry } from './page-geometry';
import { pdfkitMeasurer, registerFaces } from './pdfkit-measurer';
import { findFallbackFonts } from './system-fonts';

const SAMPLES = ['Größe Füße', 'français où ç', 'señor ¿qué?', 'Żółć gęślą jaźń', 'Καλημέρα κόσμε', 'Жили-были дед да баба', 'Ґанок, їжак'];

describe('the bundled fonts', () => {
  it('cover German, French, Spanish, Polish, Greek and Cyrillic with no fallback needed', async () => {
    const fonts = await chooseBookFonts(SAMPLES, []);
    expect(fonts.uncovered).toEqual([]);
    expect(fonts.faces.map((face) => face.key)).toEqual(['body', 'display']);
    for (const text of SAMPLES) {
      for (const character of text.replace(/\s/g, '')) {
        expect(fonts.faces[0].font.hasGlyphForCodePoint(character.codePointAt(0)!)).toBe(true);
        expect(fonts.faces[1].font.hasGlyphForCodePoint(character.codePointAt(0)!)).toBe(true);
      }
    }
  });

  it('reports characters no font has instead of failing', async () => {
    const fonts = await chooseBookFonts(['小狐狸 fox'], []);
    expect(fonts.uncovered).toEqual(['小', '狐', '狸']);
  });
});

describe('findFallbackFonts', () => {
  const body = path.join(FONT_FOLDER, BODY_FONT_FILE);
  const display = path.join(FONT_FOLDER, DISPLAY_FONT_FILE);

  it('takes candidates in order until every character is covered, skipping files that do not help or do not exist', async () => {
    const omega = 'Ω'.codePointAt(0)!;
    const found = await findFallbackFonts([omega], ['/no/such/font.ttf', display, body]);
    expect(found.faces.map((face) => face.file)).toEqual([display]);
    expect(found.uncovered).toEqual([]);
    const none = await findFallbackFonts(['狐'.codePointAt(0)!], [display, body]);
    expect(none).toEqual({ faces: [], uncovered: ['狐'.codePointAt(0)!] });
  });
});

describe('pdfkitMeasurer', () => {
  it('measures with pdfkit: widths scale with size, and planned lines fit their boxes when measured again', async () => {
    const fonts = await chooseBookFonts(SAMPLES, []);
    const document = new PDFDocument({ autoFirstPage: false });
    registerFaces(document, fonts.faces);
    const measurer = pdfkitMeasurer(document, fonts.faces);
    const unit = measurer.unitWidth('Καλημέρα κόσμε', 'body');
    expect(unit).toBeGreaterThan(3);
    expect(document.font('body').fontSize(20).widthOfString('Καλημέρα κόσμε')).toBeCloseTo(unit * 20, 6);

    const longScene = Array(30).fill(SAMPLES.join('. ')).join(' ');
    const pages = planBook({ title: 'Titel', endWords: 'Ende', scenes: [{ text: longScene, picture: { file: 'a.png', width: 1024, height: 1024 }, alt: '' }] }, pageGeometry('square', false), fonts.chains, measurer);
    const scene = pages.find((page) => page.kind === 'scene');
    if (!scene || scene.kind !== 'scene') throw new Error('no scene page');
    expect(scene.text.size).toBeLessThan(20);
    for (const line of scene.text.lines) {
      const lineWidth = line.runs.reduce((width, run) => width + document.font(run.font).fontSize(scene.text.size).widthOfString(run.text.trimEnd()), 0);
      expect(line.runs[0].x + lineWidth).toBeLessThanOrEqual(scene.text.box.x + scene.text.box.width);
    }
  });
});
