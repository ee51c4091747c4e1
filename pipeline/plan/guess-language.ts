import type { Lexicon } from './lexicon';

const SCRIPTS: [string, RegExp][] = [
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['ko', /\p{Script=Hangul}/gu],
  ['zh', /\p{Script=Han}/gu],
  ['ru', /\p{Script=Cyrillic}/gu],
  ['el', /\p{Script=Greek}/gu],
  ['ar', /\p{Script=Arabic}/gu],
  ['he', /\p{Script=Hebrew}/gu],
  ['hi', /\p{Script=Devanagari}/gu],
  ['th', /\p{Script=Thai}/gu],
];
const SAMPLE = 10_000;

/**
 * The story's language, guessed from its script, or for Latin script from the lexicons' most
 * common words ("the", "und", "le", "el"); null when nothing stands out. Japanese is told from
 * Chinese by its kana.
 */
export function guessLanguage(text: string, lexicons: Lexicon[]): string | null {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.length - (sample.match(/[\s\p{P}\p{N}]/gu)?.length ?? 0);
  if (letters <= 0) return null;
  for (const [language, script] of SCRIPTS) {
    const share = (sample.match(script)?.length ?? 0) / letters;
    if (share > (language === 'ja' ? 0.05 : 0.3)) return language;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = lexicons.map((lexicon) => ({ language: lexicon.language, hits: words.filter((word) => lexicon.commonWords.has(word)).length }));
  scores.sort((first, second) => second.hits - first.hits);
  const [best, second] = scores;
  if (!best || best.hits < 3 || best.hits < 1.5 * (second?.hits ?? 0)) return null;
  return best.language;
}
