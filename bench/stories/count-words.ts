/** Words as a reader counts them: runs of non-space characters with a letter or digit in them (a lone dash is not a word). */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.match(/\S+/g) ?? []) if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  return count;
}
