import { randomBytes } from 'node:crypto';
import { BadInputError } from './errors';

/** Book ids: 16 characters of lowercase base-32. Random, so they cannot be guessed or collide. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
export const BOOK_ID_PATTERN = /^[a-z2-7]{16}$/;

export function newBookId(): string {
  const bytes = randomBytes(16);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 31];
  return id;
}

export function isBookId(value: string): boolean {
  return BOOK_ID_PATTERN.test(value);
}

/** Checked before any path is built from an id, so "../x" never reaches the file system. */
export function assertBookId(value: string): string {
  if (!isBookId(value)) throw new BadInputError(`"${value.slice(0, 40)}" is not a book id (16 letters a–z and digits 2–7)`, undefined, 'bad_id');
  return value;
}
