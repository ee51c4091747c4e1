/**
 * A scene's first words for its card: the whole text when short, else up to `limit` characters
 * cut at a word and ended with "…". Punctuation the cut leaves at the end goes, so the card never
 * shows "knees.…" or "said,…".
 */
export function excerpt(text: string, limit = 180): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= limit) return trimmed;
  const room = limit - 1;
  let cut = trimmed.slice(0, room);
  // A word the cut went through is left out; a text with no space at all is cut where it is.
  if (!/\s/.test(trimmed.charAt(room))) cut = cut.replace(/\s*\S*$/, '') || cut;
  return `${cut.replace(/[\s.,;:!?…–—-]+$/u, '')}…`;
}
