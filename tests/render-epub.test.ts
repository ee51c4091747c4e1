import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { promisify } from 'node:util';
import type { Manifest } from '../pipeline/model';
import { CancelledError, RenderError } from '../pipeline/errors';
import { EpubRenderer } from '../pipeline/render/epub/epub-renderer';
import { makeSampleBook } from './support/sample-book';
import { readZip, type ZipEntryRecord } from './support/read-zip';

const run = promisify(execFile);
const EPUBCHECK_JAR = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';

const GERMAN_SCENES = [
  'Es war einmal ein kleiner Fuchs, der am Rand eines großen Waldes wohnte. Jede Nacht schaute er zum Mond.',
  'Eines Morgens traf der Fuchs eine alte Eule. „Wohin gehst du?“, fragte die Eule. „Ich suche den Mond“, sagte der Fuchs.',
  'Sie liefen, bis die Sonne unterging. Über dem Hügel stieg der Mond auf, rund und hell. Der Fuchs lächelte und ging nach Hause.',
];

/** EPUBCheck's findings that matter: anything at WARNING or worse. */
async function epubcheck(file: string): Promise<string[]> {
  const report = `${file}.epubcheck.json`;
  // EPUBCheck exits non-zero when it finds errors; the JSON report says what they are.
  await run('java', ['-jar', EPUBCHECK_JAR, file, '--json', report], { maxBuffer: 16 * 1024 * 1024 }).catch(() => undefined);
  const result = JSON.parse(await fs.readFile(report, 'utf8')) as { messages: { ID: string; severity: string; message: string; locations: { path: string; line: number }[] }[] };
  return result.messages
    .filter((message) => ['FATAL', 'ERROR', 'WARNING'].includes(message.severity))
    .map((message) => `${message.severity} ${message.ID} ${message.message} at ${message.locations.map((location) => `${location.path}:${location.line}`).join(', ')}`);
}

function text(entries: ZipEntryRecord[], name: string): string {
  const entry = entries.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`${name} is not in the EPUB`);
  return entry.data.toString('utf8');
}

const seconds = (clock: string) => {
  const [hours, minutes, rest] = clock.split(':');
  return Math.round((Number(hours) * 3600 + Number(minutes) * 60 + Number(rest)) * 1000);
};

/** Checks every page's overlay against the manifest's word timings and the OPF's durations. */
function checkOverlays(entries: ZipEntryRecord[], manifest: Manifest): void {
  const opf = text(entries, 'EPUB/package.opf');
  let sum = 0;
  manifest.scenes.forEach((scene, index) => {
    const name = `page-0${index + 1}`;
    const narration = manifest.steps.scenes[index].narration!;
    const page = text(entries, `EPUB/pages/${name}.xhtml`);
    const spans = new Map([...page.matchAll(/<span id="(w\d+)">([^<]*)<\/span>/g)].map((match) => [match[1], match[2]]));
    const pars = [...text(entries, `EPUB/overlays/${name}.smil`).matchAll(/<text src="[^"#]+#(w\d+)"\/><audio src="([^"]+)" clipBegin="([^"]+)" clipEnd="([^"]+)"\/>/g)];
    expect(pars).toHaveLength(narration.words.length);
    let previousEnd = 0;
    pars.forEach(([, id, audio, begin, end], word) => {
      const timing = narration.words[word];
      expect(id).toBe(`w${word + 1}`);
      expect(audio).toBe(`../audio/${name}.mp3`);
      expect(spans.get(id)!.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))).toBe(scene.text.slice(timing.start, timing.end));
      expect(seconds(begin)).toBe(Math.round(timing.startMs));
      expect(seconds(end)).toBeGreaterThan(seconds(begin));
      expect(seconds(end)).toBeGreaterThanOrEqual(Math.round(timing.endMs));
      expect(seconds(end)).toBe(Math.round(narration.words[word + 1]?.startMs ?? timing.endMs));
      expect(seconds(begin)).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = seconds(end);
    });
    expect(previousEnd).toBeLessThanOrEqual(narration.durationMs);
    const overlay = pars.reduce((total, [, , , begin, end]) => total + seconds(end) - seconds(begin), 0);
    expect(opf).toContain(`<meta property="media:duration" refines="#${name}-overlay">`);
    expect(seconds(new RegExp(`refines="#${name}-overlay">([^<]+)<`).exec(opf)![1])).toBe(overlay);
    sum += overlay;
  });
  expect(seconds(/<meta property="media:duration">([^<]+)</.exec(opf)![1])).toBe(sum);
}

describe.each([
  { language: 'en', title: 'The Fox Who Looked for the Moon', scenes: undefined, contents: 'Contents', pictureSize: undefined },
  // The German book has wide pictures, so the page with the text under the picture is checked too.
  { language: 'de', title: 'Der Fuchs, der den Mond suchte', scenes: GERMAN_SCENES, contents: 'Inhalt', pictureSize: { width: 1280, height: 720 } },
])('read-along EPUB ($language)', ({ language, title, scenes, contents, pictureSize }) => {
  it('passes EPUBCheck clean, with word overlays that follow the narration', async () => {
    const { folder, manifest } = await makeSampleBook({ language, title, scenes, pictureSize, msPerWord: 120 });
    try {
      const result = await new EpubRenderer().render({ folder, manifest });
      expect(result).toEqual({ files: ['book.epub'], warnings: [] });
      const file = folder.resolve('book.epub');
      expect(await epubcheck(file)).toEqual([]);

      const entries = readZip(await fs.readFile(file));
      expect(entries[0]).toMatchObject({ name: 'mimetype', method: 0, localExtraLength: 0 });
      expect(entries[0].data.toString('ascii')).toBe('application/epub+zip');
      const opf = text(entries, 'EPUB/package.opf');
      expect(opf).toContain(`<dc:title>${title}</dc:title>`);
      expect(opf).toContain(`<dc:language>${language}</dc:language>`);
      expect(opf).toContain('<meta property="rendition:layout">pre-paginated</meta>');
      expect(opf).toContain('<meta property="media:active-class">-epub-media-overlay-active</meta>');
      expect(text(entries, 'EPUB/styles/book.css')).toMatch(/\.-epub-media-overlay-active \{ background-color/);

      const nav = text(entries, 'EPUB/nav.xhtml');
      expect(nav).toContain(`<h1>${contents}</h1>`);
      expect([...nav.matchAll(/<li><a href="pages\/page-(\d+)\.xhtml">/g)].map((match) => Number(match[1]))).toEqual([1, 2, 3]);
      for (const page of ['EPUB/cover.xhtml', 'EPUB/pages/page-01.xhtml', 'EPUB/pages/page-02.xhtml', 'EPUB/pages/page-03.xhtml']) {
        expect(text(entries, page)).toMatch(/<meta name="viewport" content="width=\d+, height=\d+"\/>/);
        expect(text(entries, page)).toMatch(/<img src="[^"]+" alt="[^"]{10,}"\/>/);
      }
      expect(entries.filter((entry) => entry.name.endsWith('.mp3'))).toHaveLength(3);
      checkOverlays(entries, manifest);
    } finally {
      await fs.rm(folder.dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('EPUB renderer failures', () => {
  it('refuses a book that is not finished, says why, and stops when cancelled', async () => {
    const { folder, manifest } = await makeSampleBook({ msPerWord: 80 });
    try {
      const unfinished = structuredClone(manifest);
      unfinished.steps.scenes[1].narration = null;
      const refused = new EpubRenderer().render({ folder, manifest: unfinished });
      await expect(refused).rejects.toThrow(RenderError);
      await expect(refused).rejects.toThrow('scene 2 has no picture or narration yet, so the EPUB cannot be made');
      await expect(new EpubRenderer().render({ folder, manifest, signal: AbortSignal.abort() })).rejects.toThrow(CancelledError);
      await expect(fs.access(folder.resolve('book.epub'))).rejects.toThrow();
    } finally {
      await fs.rm(folder.dir, { recursive: true, force: true });
    }
  });
});
