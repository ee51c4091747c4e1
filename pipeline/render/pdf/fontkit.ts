import path from 'node:path';

/**
 * The few fontkit calls we need, typed. fontkit is the font engine inside pdfkit; it is resolved
 * from pdfkit's own location so we always use the copy pdfkit uses, and it needs no extra install.
 */
export interface FontkitFont {
  postscriptName: string;
  familyName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export interface FontkitCollection {
  fonts: FontkitFont[];
}

interface Fontkit {
  openSync(file: string): FontkitFont | FontkitCollection;
}

let loaded: Fontkit | null = null;

function fontkit(): Fontkit {
  if (!loaded) {
    const pdfkitFolder = path.dirname(require.resolve('pdfkit'));
    loaded = require(require.resolve('fontkit', { paths: [pdfkitFolder] })) as Fontkit;
  }
  return loaded;
}

/** Every font in a file: one for .ttf/.otf, several for a .ttc collection. Throws if unreadable. */
export function openFontFile(file: string): { fonts: FontkitFont[]; isCollection: boolean } {
  const opened = fontkit().openSync(file);
  return 'fonts' in opened ? { fonts: opened.fonts, isCollection: true } : { fonts: [opened], isCollection: false };
}
