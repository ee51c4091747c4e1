import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileLexicon, LEXICON_LANGUAGES, type Lexicon } from './lexicon';

const LEXICON_FOLDER = path.resolve(__dirname, '../../assets/lexicon');
const cache = new Map<string, Lexicon | null>();


/**
 * The compiled lexicon for a primary language ("de"), or null when there is none. Read and
 * compiled once per process; a broken lexicon file is a bug in Storyloom, so it throws.
 */
export function loadLexicon(language: string): Lexicon | null {
  if (cache.has(language)) return cache.get(language)!;
  let lexicon: Lexicon | null = null;
  if ((LEXICON_LANGUAGES as readonly string[]).includes(language)) {
    const file = path.join(LEXICON_FOLDER, `${language}.json`);
    try {
      lexicon = compileLexicon(JSON.parse(readFileSync(file, 'utf8')));
    } catch (error) {
      throw new Error(`the lexicon ${file} is broken: ${(error as Error).message}`, { cause: error });
    }
  }
  cache.set(language, lexicon);
  return lexicon;
}

/** Every lexicon there is, for guessing a story's language. */
export function loadAllLexicons(): Lexicon[] {
  return LEXICON_LANGUAGES.map((language) => loadLexicon(language)!);
}
