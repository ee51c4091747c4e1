import type { EpubPage, EpubPlan } from './plan-epub';
import { escapeXml, XML_DECLARATION } from './xml-text';

/** The id of word `index`'s element, shared by the page and its overlay. */
export function wordId(index: number): string {
  return `w${index + 1}`;
}

/** The head every content document shares: language, title, the page-sized viewport, the styles. */
export function contentHead(plan: EpubPlan, title: string, stylesHref: string): string {
  return `${XML_DECLARATION}
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${escapeXml(plan.language)}" lang="${escapeXml(plan.language)}">
<head>
<meta charset="UTF-8"/>
<meta name="viewport" content="width=${plan.layout.width}, height=${plan.layout.height}"/>
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="${stylesHref}"/>
</head>`;
}

/** The page's text as paragraphs (a blank line starts a new one), each timed word in its own span. */
export function pageParagraphs(page: EpubPage): string {
  const paragraphs: string[] = [''];
  for (const segment of page.segments) {
    if (segment.word !== null) {
      paragraphs[paragraphs.length - 1] += `<span id="${wordId(segment.word)}">${escapeXml(segment.text)}</span>`;
      continue;
    }
    const parts = segment.text.split(/\n[^\S\n]*\n\s*/);
    parts.forEach((part, index) => {
      if (index > 0) paragraphs.push('');
      paragraphs[paragraphs.length - 1] += escapeXml(part);
    });
  }
  return paragraphs
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.trim()}</p>`)
    .join('\n');
}

/** One scene's page: its picture (with alt text) and its text, sized to fit. */
export function buildPageXhtml(plan: EpubPlan, page: EpubPage): string {
  return `${contentHead(plan, `${plan.title} (${page.number})`, '../styles/book.css')}
<body>
<div class="picture"><img src="../${page.picture.href}" alt="${escapeXml(page.picture.alt)}"/></div>
<div class="text" id="text" style="font-size: ${page.fontSize}px;">
${pageParagraphs(page)}
</div>
<div class="folio">${page.number}</div>
</body>
</html>
`;
}

/** The cover: the first picture and the title. */
export function buildCoverXhtml(plan: EpubPlan): string {
  return `${contentHead(plan, plan.title, 'styles/book.css')}
<body class="cover" epub:type="cover">
<div class="picture"><img src="${plan.cover.href}" alt="${escapeXml(plan.cover.alt)}"/></div>
<div class="text"><h1 class="title">${escapeXml(plan.title)}</h1></div>
</body>
</html>
`;
}
