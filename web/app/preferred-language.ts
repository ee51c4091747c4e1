/**
 * The story language the form starts on: the first of the reader's browser languages that the
 * narrators speak (exactly, "de-AT" → "de", or "en" → "en-GB"), else English, else the first.
 * A German reader should not have to find German in the list before every book.
 */
export function preferredLanguage(available: readonly string[], browserLanguages: readonly string[]): string | undefined {
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  for (const wanted of browserLanguages) {
    const exact = available.find((tag) => tag.toLowerCase() === wanted.toLowerCase());
    if (exact) return exact;
    const sameLanguage = available.find((tag) => primary(tag) === primary(wanted));
    if (sameLanguage) return sameLanguage;
  }
  return available.find((tag) => primary(tag) === 'en') ?? available[0];
}
