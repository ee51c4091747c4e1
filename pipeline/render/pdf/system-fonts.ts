import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { openFontFile, type FontkitFont } from './fontkit';

/**
 * Finding a font on this computer for characters the bundled fonts lack (Chinese, Japanese,
 * Korean, …). The bundled fonts cover Latin, Greek and Cyrillic; shipping CJK fonts would add tens
 * of megabytes, so those come from the system when it has them.
 */
export const SYSTEM_FALLBACK_FONTS: readonly string[] = [
  // Linux (Debian/Ubuntu, Fedora, Arch)
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
  '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/freefont/FreeSerif.ttf',
  // macOS
  '/System/Library/Fonts/PingFang.ttc',
  '/System/Library/Fonts/Hiragino Sans GB.ttc',
  '/System/Library/Fonts/Supplemental/Arial Unicode.ttf',
  '/Library/Fonts/Arial Unicode.ttf',
  // Windows
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\simsun.ttc',
  'C:\\Windows\\Fonts\\meiryo.ttc',
  'C:\\Windows\\Fonts\\malgun.ttf',
];

export interface FallbackFace {
  file: string;
  /** Which font of a .ttc collection (pdfkit needs it to pick the face); null for a single font. */
  postscriptName: string | null;
  font: FontkitFont;
}

const USABLE_FONT_FILE = /\.(ttf|otf|ttc)$/i;

/**
 * Picks fonts, in the order given, until every missing code point has one or no candidate helps.
 * `candidates` null means this system's usual places, plus what fontconfig knows when it is installed.
 */
export async function findFallbackFonts(missing: number[], candidates: readonly string[] | null, limit = 3): Promise<{ faces: FallbackFace[]; uncovered: number[] }> {
  let uncovered = [...missing];
  const faces: FallbackFace[] = [];
  const tried = new Set<string>();
  const consider = async (files: readonly string[]) => {
    for (const file of files) {
      if (uncovered.length === 0 || faces.length >= limit) return;
      if (tried.has(file) || !USABLE_FONT_FILE.test(file) || /emoji/i.test(path.basename(file))) continue;
      tried.add(file);
      const best = await bestFaceIn(file, uncovered);
      if (!best) continue;
      faces.push({ file, postscriptName: best.isCollection ? best.font.postscriptName : null, font: best.font });
      uncovered = uncovered.filter((codePoint) => !best.font.hasGlyphForCodePoint(codePoint));
    }
  };
  await consider(candidates ?? SYSTEM_FALLBACK_FONTS);
  if (candidates === null && uncovered.length > 0) await consider(await fontconfigFilesWith(uncovered[0]));
  return { faces, uncovered };
}

/** The face of a font file that covers the most of `codePoints`, or null if none covers any. */
async function bestFaceIn(file: string, codePoints: number[]): Promise<{ font: FontkitFont; isCollection: boolean } | null> {
  const exists = await fs.access(file).then(() => true, () => false);
  if (!exists) return null;
  let opened: ReturnType<typeof openFontFile>;
  try {
    opened = openFontFile(file);
  } catch {
    return null; // a damaged or unsupported font file is simply not a candidate
  }
  let best: FontkitFont | null = null;
  let bestCount = 0;
  for (const font of opened.fonts) {
    const count = codePoints.filter((codePoint) => font.hasGlyphForCodePoint(codePoint)).length;
    if (count > bestCount) {
      best = font;
      bestCount = count;
    }
  }
  return best ? { font: best, isCollection: opened.isCollection } : null;
}

/** Font files fontconfig says contain the character; none when fontconfig is not installed. */
function fontconfigFilesWith(codePoint: number): Promise<string[]> {
  return new Promise((resolve) => {
    execFile('fc-list', [`:charset=${codePoint.toString(16)}`, 'file'], { timeout: 5000 }, (error, stdout) => {
      if (error) return resolve([]);
      resolve(
        stdout
          .split('\n')
          .map((line) => line.trim().replace(/:$/, ''))
          .filter((file) => USABLE_FONT_FILE.test(file))
          .slice(0, 10),
      );
    });
  });
}
