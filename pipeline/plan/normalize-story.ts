import { BadInputError } from '../errors';
import { formatCount } from './format-count';

// Control characters other than tab and newline carry no meaning in a story (form feeds, bells,
// escape sequences pasted from a terminal) and would upset narrators and PDF fonts.
const STRAY_CONTROLS = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/g;

/**
 * The story as every later step sees it: Unicode NFC, LF line ends, no stray control characters,
 * tabs as spaces, no surrounding whitespace. Refuses what cannot be a story, naming the problem.
 */
export function normalizeStory(raw: string, maxCharacters: number): string {
  const nul = raw.indexOf('\u0000');
  if (nul !== -1) throw new BadInputError(`the story contains NUL bytes at character ${formatCount(nul + 1)}; is it a binary file?`);
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(STRAY_CONTROLS, '')
    .replace(/\t/g, ' ')
    .trim();
  if (text.length === 0) throw new BadInputError('the story is empty');
  if (text.length > maxCharacters) {
    throw new BadInputError(`the story is ${formatCount(text.length)} characters long; the limit is ${formatCount(maxCharacters)}`);
  }
  return text;
}
