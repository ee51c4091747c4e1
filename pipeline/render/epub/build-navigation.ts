import { epubLabels } from './epub-labels';
import type { EpubPage, EpubPlan } from './plan-epub';
import { escapeXml, XML_DECLARATION } from './xml-text';

/** A table-of-contents label: the page number and the first words of its text. */
export function pageLabel(page: EpubPage, words = 6): string {
  const text = page.segments.map((segment) => segment.text).join('').replace(/\s+/g, ' ').trim();
  const first = text.split(' ').slice(0, words).join(' ');
  // Cut short, the label drops the punctuation it ends on: "große Steine…", not "große Steine,…".
  return `${page.number}. ${first.length < text.length ? `${first.replace(/[\s,;:.!?—–-]+$/u, '')}…` : first}`;
}

/**
 * The navigation document: a table of contents with one entry per scene, and landmarks for the
 * cover and the start of the story. Not in the spine, so it needs no fixed-layout viewport.
 */
export function buildNavigation(plan: EpubPlan): string {
  const labels = epubLabels(plan.language);
  const lang = labels.language === plan.language.toLowerCase().split('-')[0] ? '' : ` xml:lang="${labels.language}" lang="${labels.language}"`;
  const entries = plan.pages.map((page) => `<li><a href="pages/${page.name}.xhtml">${escapeXml(pageLabel(page))}</a></li>`);
  return `${XML_DECLARATION}
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${escapeXml(plan.language)}" lang="${escapeXml(plan.language)}">
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(plan.title)}</title>
</head>
<body>
<nav epub:type="toc" id="toc">
<h1${lang}>${escapeXml(labels.contents)}</h1>
<ol>
${entries.join('\n')}
</ol>
</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden">
<ol>
<li><a epub:type="cover" href="cover.xhtml"${lang}>${escapeXml(labels.cover)}</a></li>
<li><a epub:type="bodymatter" href="pages/${plan.pages[0]?.name ?? 'page-01'}.xhtml"${lang}>${escapeXml(labels.story)}</a></li>
</ol>
</nav>
</body>
</html>
`;
}
