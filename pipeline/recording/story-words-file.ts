import { promises as fs } from 'node:fs';
import type { BookFolder } from '../book-folder';
import { CorruptManifestError } from '../book-folder';
import { WordTimingSchema, type WordTiming } from '../model';

/**
 * A recorded story's word timings (offsets into story.txt, milliseconds into the recording),
 * written by the story step beside story.txt so the narration can be cut from the recording later,
 * in this run or a resumed one.
 */
export const STORY_WORDS_FILE = 'story-words.json';

export async function writeStoryWords(folder: BookFolder, words: WordTiming[]): Promise<void> {
  await folder.writeFile(STORY_WORDS_FILE, JSON.stringify(words) + '\n');
}

export async function readStoryWords(folder: BookFolder): Promise<WordTiming[]> {
  const file = folder.resolve(STORY_WORDS_FILE);
  const parsed = WordTimingSchema.array().safeParse(JSON.parse(await fs.readFile(file, 'utf8').catch(() => 'null')));
  if (!parsed.success) throw new CorruptManifestError(file, "the recording's word timings are missing or damaged; make the book again from the recording");
  return parsed.data;
}
