import type { Box, EpubPageLayout } from './epub-page-layout';

/** The class a reader puts on the word being read (declared as media:active-class in the OPF). */
export const ACTIVE_CLASS = '-epub-media-overlay-active';

function place(box: Box): string {
  return `position: absolute; left: ${box.left}px; top: ${box.top}px; width: ${box.width}px; height: ${box.height}px;`;
}

/** One stylesheet for every page: the fixed page geometry, warm paper, and the lit-up word. */
export function buildEpubStyles(layout: EpubPageLayout): string {
  return `@charset "UTF-8";
html, body { margin: 0; padding: 0; }
body { width: ${layout.width}px; height: ${layout.height}px; position: relative; overflow: hidden; background-color: #fffaf0; color: #3b2a1a; font-family: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, serif; }
.picture { ${place(layout.picture)} display: flex; align-items: center; justify-content: center; }
.picture img { display: block; width: 100%; height: 100%; object-fit: contain; border-radius: 18px; }
.text { ${place(layout.text)} display: flex; flex-direction: column; justify-content: center; line-height: 1.5; }
.text p { margin: 0 0 0.6em 0; }
.text p:last-child { margin-bottom: 0; }
body.cover { box-shadow: inset 0 0 0 22px #b5643f, inset 0 0 0 28px #fffaf0, inset 0 0 0 31px #d9a27c; }
.title { font-size: 84px; line-height: 1.15; font-weight: bold; color: #9e3f28; text-align: center; }
.folio { position: absolute; right: 32px; bottom: 14px; font-size: 22px; color: #8a6a4a; }
.${ACTIVE_CLASS} { background-color: #ffd36e; border-radius: 0.2em; }
`;
}
