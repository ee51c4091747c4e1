/** A file-name-safe form of a title: "The Fox & the Moon!" → "the-fox-the-moon". */
export function slug(title: string | null, fallback = 'storybook'): string {
  const slugged = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slugged || fallback;
}
