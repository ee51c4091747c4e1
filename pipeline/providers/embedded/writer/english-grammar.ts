/** Small pieces of English grammar the story templates need. */

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a" or "an" before a word, by how it sounds ("an owl", "a unicorn", "an hour"). */
export function article(word: string): string {
  const lower = word.toLowerCase();
  if (/^(uni|use|eu|one|once)/.test(lower)) return 'a';
  if (/^(hour|honest|heir)/.test(lower)) return 'an';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

export function withArticle(phrase: string): string {
  return `${article(phrase)} ${phrase}`;
}

/** The -ing form of a verb phrase: "swim" → "swimming", "ride a bicycle" → "riding a bicycle". */
export function gerund(phrase: string): string {
  const [verb, ...rest] = phrase.split(' ');
  let form: string;
  if (verb === 'be') form = 'being';
  else if (/ie$/.test(verb)) form = `${verb.slice(0, -2)}ying`;
  else if (/[^aeioy]e$/.test(verb) || /[^e]ue$/.test(verb)) form = `${verb.slice(0, -1)}ing`;
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) form = `${verb}${verb.slice(-1)}ing`;
  else form = `${verb}ing`;
  return [form, ...rest].join(' ');
}

export interface Pronouns {
  he: string;
  him: string;
  his: string;
  himself: string;
}

export function pronouns(female: boolean): Pronouns {
  return female ? { he: 'she', him: 'her', his: 'her', himself: 'herself' } : { he: 'he', him: 'him', his: 'his', himself: 'himself' };
}

/** Title Case for a book title, keeping small words small. */
export function titleCase(text: string): string {
  const small = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with']);
  return text
    .split(' ')
    .map((word, index) => (index > 0 && small.has(word.toLowerCase()) ? word.toLowerCase() : capitalize(word)))
    .join(' ');
}

/** Joins a list the English way: "a, b and c". */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export { countWords } from './story-text';
