import { ACTIVE_CLASS } from './build-epub-styles';
import { clockValue } from './overlay-clips';
import type { EpubPlan } from './plan-epub';
import { escapeXml, XML_DECLARATION } from './xml-text';

function item(id: string, href: string, mediaType: string, extra = ''): string {
  return `<item id="${id}" href="${escapeXml(href)}" media-type="${mediaType}"${extra}/>`;
}

/**
 * The package document (OPF): a fixed-layout book (pre-paginated, one page at a time) with a
 * Media Overlay per narrated page. media:duration is given per overlay and in total, and the
 * total is the sum of the pages' (each already whole milliseconds, so no rounding drifts).
 */
export function buildPackageDocument(plan: EpubPlan): string {
  const narrated = plan.pages.filter((page) => page.audio);
  const items = [
    item('nav', 'nav.xhtml', 'application/xhtml+xml', ' properties="nav"'),
    item('styles', 'styles/book.css', 'text/css'),
    item('cover', 'cover.xhtml', 'application/xhtml+xml'),
    ...plan.pages.flatMap((page) => [
      item(`${page.name}`, `pages/${page.name}.xhtml`, 'application/xhtml+xml', page.audio ? ` media-overlay="${page.name}-overlay"` : ''),
      item(`${page.name}-image`, page.picture.href, page.picture.mediaType, page.picture.href === plan.cover.href ? ' properties="cover-image"' : ''),
      ...(page.audio ? [item(`${page.name}-overlay`, `overlays/${page.name}.smil`, 'application/smil+xml'), item(`${page.name}-audio`, page.audio.href, 'audio/mpeg')] : []),
    ]),
  ];
  const durations = narrated.map((page) => `<meta property="media:duration" refines="#${page.name}-overlay">${clockValue(page.durationMs)}</meta>`);
  const overlayMetadata = narrated.length > 0
    ? [`<meta property="media:duration">${clockValue(plan.totalDurationMs)}</meta>`, ...durations, `<meta property="media:active-class">${ACTIVE_CLASS}</meta>`]
    : [];
  return `${XML_DECLARATION}
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${escapeXml(plan.language)}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${escapeXml(plan.identifier)}</dc:identifier>
<dc:title>${escapeXml(plan.title)}</dc:title>
<dc:language>${escapeXml(plan.language)}</dc:language>
<meta property="dcterms:modified">${plan.modified}</meta>
<meta property="rendition:layout">pre-paginated</meta>
<meta property="rendition:orientation">auto</meta>
<meta property="rendition:spread">none</meta>
${overlayMetadata.join('\n')}
</metadata>
<manifest>
${items.join('\n')}
</manifest>
<spine>
<itemref idref="cover"/>
${plan.pages.map((page) => `<itemref idref="${page.name}"/>`).join('\n')}
</spine>
</package>
`;
}
