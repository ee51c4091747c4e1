import { wordId } from './build-page-xhtml';
import { clockValue } from './overlay-clips';
import type { EpubPage } from './plan-epub';
import { XML_DECLARATION } from './xml-text';

/**
 * A page's Media Overlay: one `par` per word, in document order, pairing the word's element with
 * its clip of the page's narration. Only for pages that have audio.
 */
export function buildOverlaySmil(page: EpubPage & { audio: NonNullable<EpubPage['audio']> }): string {
  const textHref = `../pages/${page.name}.xhtml`;
  const pars = page.clips.map(
    (clip) =>
      `<par id="${page.name}-${wordId(clip.word)}"><text src="${textHref}#${wordId(clip.word)}"/><audio src="../${page.audio.href}" clipBegin="${clockValue(clip.beginMs)}" clipEnd="${clockValue(clip.endMs)}"/></par>`,
  );
  return `${XML_DECLARATION}
<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">
<body>
<seq id="${page.name}-seq" epub:textref="${textHref}#text">
${pars.join('\n')}
</seq>
</body>
</smil>
`;
}
