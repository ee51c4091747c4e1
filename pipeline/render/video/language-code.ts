/** ISO 639-1 → ISO 639-2/B for the languages Storyloom narrates; MP4 tracks only take the latter. */
const THREE_LETTER: Record<string, string> = {
  en: 'eng', de: 'ger', fr: 'fre', es: 'spa', it: 'ita', pt: 'por', nl: 'dut', pl: 'pol', cs: 'cze', sk: 'slo',
  sv: 'swe', da: 'dan', no: 'nor', nb: 'nob', fi: 'fin', el: 'gre', ru: 'rus', uk: 'ukr', bg: 'bul', sr: 'srp',
  hr: 'hrv', ro: 'rum', hu: 'hun', tr: 'tur', ar: 'ara', he: 'heb', hi: 'hin', ja: 'jpn', ko: 'kor', zh: 'chi',
};

/** The MP4 track language for a BCP 47 tag ("de-AT" → "ger"); "und" (undetermined) when unknown. */
export function trackLanguage(tag: string): string {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  if (/^[a-z]{3}$/.test(primary)) return primary;
  return THREE_LETTER[primary] ?? 'und';
}
