import { promises as fs } from 'node:fs';
import { BadInputError, throwIfCancelled } from '../errors';
import type { Manifest } from '../model';
import { TRANSCRIBER_KEYS_HINT } from '../recording/transcriber-hint';
import { writeStoryWords } from '../recording/story-words-file';
import type { BookRun } from './book-run';
import { now } from './book-run';
import { tagFailure } from './step-failure';
import { untilAborted } from './until-aborted';

export const STORY_FILE = 'story.txt';

/** Whether the book's story must be written or transcribed before it can be planned. */
export function needsStoryStep(manifest: Manifest): boolean {
  return manifest.request.source.kind !== 'text';
}

/** Prompt → writer → story.txt. Text needs nothing. A recording goes to the transcriber. */
export async function storyStep(run: BookRun): Promise<void> {
  const manifest = run.recorder.current;
  const source = manifest.request.source;
  if (source.kind === 'text' || manifest.steps.story) return;
  throwIfCancelled(run.signal);
  if (source.kind === 'audio') return transcribeStory(run, source);

  const writer = run.providers!.writer;
  const { options } = manifest.request;
  const story = await tagFailure({ what: 'writing the story', scene: null, provider: writer.provider }, () =>
    untilAborted(writer.write({ prompt: source.prompt, language: options.language, length: source.length, audience: source.audience, seed: options.seed, signal: run.signal }), run.signal),
  );
  if (!story.text.trim()) throw new BadInputError(`the story writer (${writer.provider}) returned an empty story`);
  await run.folder.writeFile(STORY_FILE, story.text.endsWith('\n') ? story.text : story.text + '\n');
  await run.recorder.record((book) => {
    book.title = story.title;
    book.steps.story = { provider: writer.provider, model: writer.model, warnings: story.warnings, finishedAt: now(), file: STORY_FILE };
  });
  run.progress.storyDone();
  run.emit({ type: 'story:written', title: story.title, file: STORY_FILE });
}

/**
 * The seam for recorded stories: the recording is already in the book folder; its transcript
 * becomes story.txt and its word times story-words.json; the narration step then cuts each scene's
 * audio from the recording (pipeline/recording/recording-narrator.ts).
 */
async function transcribeStory(run: BookRun, source: { file: string; mimeType: string }): Promise<void> {
  const transcriber = run.providers!.transcriber;
  if (!transcriber) {
    throw new BadInputError(`a recorded story needs a transcriber, and none is set up: ${TRANSCRIBER_KEYS_HINT}`);
  }
  const manifest = run.recorder.current;
  const audio = await fs.readFile(run.folder.resolve(source.file));
  const transcript = await tagFailure({ what: 'transcribing the recording', scene: null, provider: transcriber.provider }, () =>
    untilAborted(transcriber.transcribe({ audio, mimeType: source.mimeType, language: manifest.request.options.language, signal: run.signal }), run.signal),
  );
  if (!transcript.text.trim()) throw new BadInputError('no words could be heard in the recording');
  await run.folder.writeFile(STORY_FILE, transcript.text + '\n');
  // The words' times, so each scene's narration can be cut from the recording (pipeline/recording).
  await writeStoryWords(run.folder, transcript.words);
  await run.recorder.record((book) => {
    book.steps.story = { provider: transcriber.provider, model: transcriber.model, warnings: transcript.warnings, finishedAt: now(), file: STORY_FILE };
  });
  run.progress.storyDone();
  run.emit({ type: 'story:transcribed', file: STORY_FILE });
}

/** The text the planner splits: given directly, or the file the story step wrote. */
export async function storyText(run: BookRun): Promise<string> {
  const manifest = run.recorder.current;
  if (manifest.request.source.kind === 'text') return manifest.request.source.text;
  return fs.readFile(run.folder.resolve(manifest.steps.story!.file), 'utf8');
}
