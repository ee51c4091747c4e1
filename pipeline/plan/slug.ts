/** "Little Red-Cap" → "little-red-cap", "Großmutter" → "grossmutter"; empty when nothing is left. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug not yet in `taken` ("wolf", then "wolf-2"), recorded in it; `fallback` when the slug is empty. */
export function uniqueSlug(name: string, taken: Set<string>, fallback: string): string {
  const base = slug(name) || fallback;
  let id = base;
  for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}
