import { buildEpubStyles } from './build-epub-styles';
import { buildNavigation } from './build-navigation';
import { buildOverlaySmil } from './build-overlay-smil';
import { buildPackageDocument } from './build-package-document';
import { buildCoverXhtml, buildPageXhtml } from './build-page-xhtml';
import { buildContainerXml, PACKAGE_FOLDER } from './ocf-container';
import type { EpubPlan } from './plan-epub';

/** A file of the EPUB whose bytes come from the book folder: a picture, or a narration to encode as MP3. */
export interface EpubMedia {
  /** Path inside the EPUB. */
  path: string;
  kind: 'picture' | 'narration';
  /** Path relative to the book folder. */
  source: string;
}

/**
 * Every file of the EPUB besides the mimetype: the text files built here, in full, and the media
 * to be copied or encoded. Paths are inside the zip.
 */
export function buildEpubFiles(plan: EpubPlan): { texts: { path: string; content: string }[]; media: EpubMedia[] } {
  const inPackage = (file: string) => `${PACKAGE_FOLDER}/${file}`;
  const texts = [
    { path: 'META-INF/container.xml', content: buildContainerXml() },
    { path: inPackage('package.opf'), content: buildPackageDocument(plan) },
    { path: inPackage('nav.xhtml'), content: buildNavigation(plan) },
    { path: inPackage('styles/book.css'), content: buildEpubStyles(plan.layout) },
    { path: inPackage('cover.xhtml'), content: buildCoverXhtml(plan) },
  ];
  const media: EpubMedia[] = [];
  for (const page of plan.pages) {
    texts.push({ path: inPackage(`pages/${page.name}.xhtml`), content: buildPageXhtml(plan, page) });
    media.push({ path: inPackage(page.picture.href), kind: 'picture', source: page.picture.source });
    if (!page.audio) continue;
    texts.push({ path: inPackage(`overlays/${page.name}.smil`), content: buildOverlaySmil({ ...page, audio: page.audio }) });
    media.push({ path: inPackage(page.audio.href), kind: 'narration', source: page.audio.source });
  }
  return { texts, media };
}
