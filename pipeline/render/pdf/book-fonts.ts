import path from 'node:path';
import type { FontChains } from './book-plan';
import { openFontFile, type FontkitFont } from './fontkit';
import { findFallbackFonts } from './system-fonts';

/** The fonts that ship with Storyloom (SIL Open Font License; licence texts beside them). */
export const FONT_FOLDER = path.resolve(__dirname, '../../../assets/fonts');
/** Gentium Book Plus: a warm, very readable book face covering Latin, Greek and Cyrillic. */
export const BODY_FONT_FILE = 'GentiumBookPlus-Regular.ttf';
/** Comfortaa Bold: round and friendly, for the title, "The End" and page numbers. */
export const DISPLAY_FONT_FILE = 'Comfortaa-Bold.ttf';

export interface FontFace {
  key: string;
  file: string;
  /** Set for a face inside a .ttc collection. */
  postscriptName: string | null;
  font: FontkitFont;
}

export interface BookFonts {
  faces: FontFace[];
  chains: FontChains;
  /** Characters no font here can draw; they print as empty boxes and deserve a warning. */
  uncovered: string[];
}

const NO_GLYPH_NEEDED = /[\s\p{Cc}\p{Cf}\u{fe00}-\u{fe0f}]/u;

/**
 * The bundled fonts, plus system fonts for any character in `texts` they lack.
 * `fallbackFiles` replaces the system's usual font places (tests pass [] to have no fallback).
 */
export async function chooseBookFonts(texts: string[], fallbackFiles: readonly string[] | null = null): Promise<BookFonts> {
  const body = bundledFace('body', BODY_FONT_FILE);
  const display = bundledFace('display', DISPLAY_FONT_FILE);
  const needed = new Set<number>();
  for (const text of texts) {
    for (const character of text) if (!NO_GLYPH_NEEDED.test(character)) needed.add(character.codePointAt(0)!);
  }
  const missing = [...needed].filter((codePoint) => !body.font.hasGlyphForCodePoint(codePoint) && !display.font.hasGlyphForCodePoint(codePoint));
  const found = missing.length > 0 ? await findFallbackFonts(missing, fallbackFiles) : { faces: [], uncovered: [] };
  const fallbacks: FontFace[] = found.faces.map((face, index) => ({ key: `fallback-${index + 1}`, file: face.file, postscriptName: face.postscriptName, font: face.font }));
  const fallbackKeys = fallbacks.map((face) => face.key);
  return {
    faces: [body, display, ...fallbacks],
    // Story text tries the display face last: a rounded letter beats an empty box.
    chains: { body: ['body', ...fallbackKeys, 'display'], display: ['display', 'body', ...fallbackKeys] },
    uncovered: found.uncovered.map((codePoint) => String.fromCodePoint(codePoint)),
  };
}

function bundledFace(key: string, file: string): FontFace {
  const fullPath = path.join(FONT_FOLDER, file);
  return { key, file: fullPath, postscriptName: null, font: openFontFile(fullPath).fonts[0] };
}
