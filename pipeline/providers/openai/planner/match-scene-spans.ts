/**
 * Checks that a model's scene texts are the story, in order, with nothing left out, added or
 * changed, and finds where each scene starts in it. Whitespace is ignored (models re-wrap lines)
 * and typographic twins count as equal (curly and straight quotes, dashes, "…" and "..."), since
 * the scenes are cut from the author's own text and so keep its exact characters anyway.
 */
export type SpanMatch = { ok: true; starts: number[] } | { ok: false; reason: string };

const TWINS: Record<string, string> = {
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '`': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '«': '"', '»': '"',
  '–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-',
};
// Invisible characters a model may drop or add: soft hyphen, zero-width space/joiners, BOM.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

interface CanonicalChar {
  char: string;
  /** Where it came from in the original text. */
  at: number;
}

function canonical(text: string): CanonicalChar[] {
  const result: CanonicalChar[] = [];
  const normalized = text.normalize('NFC');
  for (let at = 0; at < normalized.length; at++) {
    const char = normalized[at];
    if (/\s/.test(char) || INVISIBLE.test(char)) continue;
    if (char === '…') {
      result.push({ char: '.', at }, { char: '.', at }, { char: '.', at });
      continue;
    }
    result.push({ char: TWINS[char] ?? char, at });
  }
  return result;
}

/** Up to 30 characters of the original text from a canonical position, for messages. */
function excerpt(source: string, chars: CanonicalChar[], from: number): string {
  const start = chars[from].at;
  const text = source.normalize('NFC').slice(start).replace(/\s+/g, ' ');
  return `"${text.length > 30 ? `${text.slice(0, 30).trimEnd()}…` : text}"`;
}

export function matchSceneSpans(story: string, sceneTexts: string[]): SpanMatch {
  if (sceneTexts.length === 0) return { ok: false, reason: 'it returned no scenes' };
  const storyChars = canonical(story);
  const starts: number[] = [];
  let position = 0;
  for (let scene = 0; scene < sceneTexts.length; scene++) {
    const chars = canonical(sceneTexts[scene]);
    if (chars.length === 0) return { ok: false, reason: `scene ${scene + 1} has no text` };
    starts.push(scene === 0 ? 0 : storyChars[position]?.at ?? story.length);
    for (let index = 0; index < chars.length; index++, position++) {
      const expected = storyChars[position];
      if (!expected) return { ok: false, reason: `scene ${scene + 1} goes on after the story ends, with ${excerpt(sceneTexts[scene], chars, index)}` };
      if (expected.char !== chars[index].char) {
        return { ok: false, reason: `scene ${scene + 1} has ${excerpt(sceneTexts[scene], chars, index)} where the story has ${excerpt(story, storyChars, position)}` };
      }
    }
  }
  if (position < storyChars.length) return { ok: false, reason: `the scenes leave out the end of the story, from ${excerpt(story, storyChars, position)}` };
  return { ok: true, starts };
}
