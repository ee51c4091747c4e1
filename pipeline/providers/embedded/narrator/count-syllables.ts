/**
 * A rough syllable count, enough to share a sentence's time among its words. Counts vowel groups
 * after stripping accents; languages that write a silent final "e" (English, French) drop it.
 */
const SILENT_FINAL_E: Record<string, RegExp> = {
  en: /[^aeiouyl]e$/, // "home", "make"; not "little"
  fr: /[^aeiouy](e|es|ent)$/, // "petite", "belles", "parlent"
};

// Spoken digits take longer than they look: "1,000" is "one thousand", "42" is "forty-two".
const SYLLABLES_PER_DIGIT = 1.5;

export function countSyllables(word: string, primaryLanguage: string): number {
  const digits = word.replace(/\D/g, '').length;
  const letters = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
  let syllables = digits * SYLLABLES_PER_DIGIT;
  if (letters.length === 0) return Math.max(1, syllables);
  const latin = letters.replace(/[^a-zæøœß]/g, '');
  if (latin.length === 0) {
    // Another script: about one syllable per two letters.
    return Math.max(1, syllables + Math.round(letters.length / 2));
  }
  let groups = latin.match(/[aeiouyæøœ]+/g)?.length ?? 0;
  const silentEnding = SILENT_FINAL_E[primaryLanguage];
  if (groups > 1 && silentEnding?.test(latin)) groups -= 1;
  syllables += Math.max(1, groups);
  return syllables;
}
