import path from 'node:path';

/**
 * A path as a person reads it best: relative to the folder they ran the command in when it lies
 * inside it ("out/the-fox"), else absolute. `--out /tmp/books` should print /tmp/books/the-fox,
 * not ../../tmp/books/the-fox.
 */
export function displayPath(cwd: string, target: string): string {
  const relative = path.relative(cwd, target);
  if (relative === '') return '.';
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return outside ? path.resolve(cwd, target) : relative;
}
