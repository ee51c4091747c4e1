import { manifestWith } from '../web/manifest.fixture';
import { buildEpubFiles } from './build-epub-files';
import { buildNavigation, pageLabel } from './build-navigation';
import { buildOverlaySmil } from './build-overlay-smil';
import { buildPackageDocument } from './build-package-document';
import { buildCoverXhtml, buildPageXhtml } from './build-page-xhtml';
import { clockValue } from './overlay-clips';
import { planEpub } from './plan-epub';
import { escapeXml } from './xml-text';

const STORY = ['Tom & Mia saw <script>alert(1)</script>.\n\nThen they slept.\n\n', 'A second page, with more words in it than the first one has.'];
const plan = planEpub(manifestWith(STORY), { modified: new Date(0), audioExtension: 'mp3' });
const [first, second] = plan.pages;

describe('page XHTML', () => {
  const page = buildPageXhtml(plan, first);

  it('wraps each word in an element with an id, as text, in paragraphs', () => {
    expect(page).toContain('<p><span id="w1">Tom</span> <span id="w2">&#38;</span> <span id="w3">Mia</span>');
    expect(page).toContain('<span id="w5">&#60;script&#62;alert(1)&#60;/script&#62;.</span></p>\n<p><span id="w6">Then</span>');
    expect(page).not.toContain('<script');
    expect(page.match(/<span id="w\d+">/g)).toHaveLength(first.clips.length);
  });

  it('has the page-sized viewport, the picture with its alt text and the page number', () => {
    expect(page).toContain(`<meta name="viewport" content="width=${plan.layout.width}, height=${plan.layout.height}"/>`);
    expect(page).toContain(`<img src="../images/page-01.png" alt="${escapeXml(first.picture.alt)}"/>`);
    expect(page).toContain('<div class="folio">1</div>');
    expect(page).toContain('xml:lang="en" lang="en"');
  });

  it('makes a cover with the title escaped', () => {
    const cover = buildCoverXhtml(plan);
    expect(cover).toContain('<h1 class="title">The &#60;b&#62;Bold&#60;/b&#62; Fox</h1>');
    expect(cover).toContain('<img src="images/page-01.png" alt="');
  });
});

describe('overlay SMIL', () => {
  it('pairs each word with its clip, one par per word, in order', () => {
    const smil = buildOverlaySmil({ ...second, audio: second.audio! });
    const pars = [...smil.matchAll(/<par id="page-02-(w\d+)"><text src="\.\.\/pages\/page-02\.xhtml#(w\d+)"\/><audio src="\.\.\/audio\/page-02\.mp3" clipBegin="([\d:.]+)" clipEnd="([\d:.]+)"\/><\/par>/g)];
    expect(pars.map((par) => par[2])).toEqual(second.clips.map((clip) => `w${clip.word + 1}`));
    expect(pars[0][3]).toBe('0:00:00.100');
    expect(pars[0][4]).toBe('0:00:00.300');
  });
});

describe('navigation', () => {
  it('lists each scene once with its first words', () => {
    const nav = buildNavigation(plan);
    expect(nav.match(/<li><a href="pages\//g)).toHaveLength(2);
    expect(pageLabel(second)).toBe('2. A second page, with more words…');
    expect(pageLabel(second, 3)).toBe('2. A second page…');
    expect(nav).toContain('<nav epub:type="toc" id="toc">');
  });

  it('marks English headings as English in a book in another language', () => {
    const polish = planEpub(manifestWith(['Był sobie lis.'], undefined, 'pl'), { modified: new Date(0), audioExtension: 'mp3' });
    expect(buildNavigation(polish)).toContain('<h1 xml:lang="en" lang="en">Contents</h1>');
  });
});

describe('package document', () => {
  const opf = buildPackageDocument(plan);

  it('declares a fixed-layout book with overlays and their durations', () => {
    expect(opf).toContain('<meta property="rendition:layout">pre-paginated</meta>');
    expect(opf).toContain(`<meta property="media:duration" refines="#page-01-overlay">${clockValue(first.durationMs)}</meta>`);
    expect(opf).toContain(`<meta property="media:duration">${clockValue(first.durationMs + second.durationMs)}</meta>`);
    expect(opf).toContain('<item id="page-02" href="pages/page-02.xhtml" media-type="application/xhtml+xml" media-overlay="page-02-overlay"/>');
    expect(opf).toContain('<item id="page-02-audio" href="audio/page-02.mp3" media-type="audio/mpeg"/>');
    expect(opf.match(/properties="cover-image"/g)).toHaveLength(1);
    expect(opf).toContain('<dc:title>The &#60;b&#62;Bold&#60;/b&#62; Fox</dc:title>');
  });

  it('lists every file it names, and only those', () => {
    const { texts, media } = buildEpubFiles(plan);
    const inZip = new Set([...texts, ...media].map((file) => file.path));
    const hrefs = [...opf.matchAll(/href="([^"]+)"/g)].map((match) => `EPUB/${match[1]}`);
    expect(new Set(hrefs)).toEqual(new Set([...inZip].filter((path) => path.startsWith('EPUB/') && path !== 'EPUB/package.opf')));
  });
});
