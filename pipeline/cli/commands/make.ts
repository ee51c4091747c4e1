import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BookFolder } from '../../book-folder';
import { newBookId } from '../../book-id';
import { newManifest } from '../../book-store';
import { BadInputError } from '../../errors';
import { BookRequestSchema, MAX_PROMPT_CHARACTERS, type BookRequestInput } from '../../model';
import { chooseProviders, type ChosenProviders } from '../../providers/choose-providers';
import type { Renderer } from '../../render/renderer';
import { UsageError, type CliIo, type Command } from '../cli-io';
import { bookSlug, moveToUniqueFolder } from '../make/book-folder-name';
import { checkLanguageAndVoice } from '../make/check-voice';
import { readMakeArguments, type MakeArguments } from '../make/make-arguments';
import { reportOutcome } from '../make/report-outcome';
import { makeWithProgress, type RunOutcome } from '../make/run-with-progress';
import { readStoryInput } from '../read-story-input';

export interface MakeCommandDependencies {
  /** Chooses the providers from the environment (default: the provider chooser); tests pass synthetic ones. */
  chooseProviders?(env: CliIo['env']): ChosenProviders;
  /** Default: the built-in renderers. */
  renderers?: () => Renderer[];
}

const HELP = `storyloom make — make a book from a story file or a prompt

Usage:
  storyloom make <story.txt | -> --out <folder> [options]
  storyloom make --prompt "a shy dragon who learns to swim" --out <folder> [options]

Writes <folder>/<title-slug>/ with book.json, scenes/NN.png, scenes/NN.wav, narration.wav and the
requested formats. Progress goes to stderr; the summary to stdout.

Options:
  -o, --out <folder>        where to put the book folder (required)
      --prompt <text>       write the story from this prompt instead of reading one
      --length <length>     with --prompt: short, medium (default) or long
  -l, --language <tag>      the story's language: en (default), en-GB, de, fr, es, …
      --voice <id>          a narrator voice (an unknown one lists the voices)
      --style <style>       picture-book (default), flat, watercolour, silhouette
      --size <size>         square (default), landscape, portrait
      --scenes <n>          how many scenes (1–60); the planner chooses by default
      --seed <n>            another seed, another story and other pictures (default 1)
      --formats <list>      web,pdf,mp4,epub or all (default: all)
      --page-size <size>    PDF: square (default), a4-portrait, a4-landscape, letter-portrait, letter-landscape
      --print               PDF: add bleed and trim marks
      --video-mode <mode>   MP4: still (default) or motion
      --aspect <ratio>      MP4: 16:9 (default), 9:16, 1:1
      --json                print a JSON summary (folder, manifest, outputs, timings)

Ctrl-C stops cleanly; the folder keeps everything finished so far.`;

export function makeCommand(dependencies: MakeCommandDependencies = {}): Command {
  return { name: 'make', summary: 'make a book from a story file or a prompt', help: HELP, run: (argv, io) => runMake(argv, io, dependencies) };
}

async function runMake(argv: string[], io: CliIo, dependencies: MakeCommandDependencies): Promise<number> {
  const args = readMakeArguments(argv);
  const request = await bookRequest(args, io);
  const chosen = (dependencies.chooseProviders ?? ((env) => chooseProviders({ env })))(io.env);
  const outDir = path.resolve(io.cwd, args.out);
  let workingDir: string;
  let outcome: RunOutcome;
  try {
    checkLanguageAndVoice('make', args.options.language, args.options.voice, await chosen.providers.narrator.voices());
    await fs.mkdir(outDir, { recursive: true });
    const id = newBookId();
    workingDir = path.join(outDir, `.making-${id}`);
    await fs.mkdir(workingDir);
    const folder = new BookFolder(workingDir);
    await folder.write(newManifest(id, request, new Date()));
    outcome = await makeWithProgress(folder, chosen, dependencies.renderers?.(), io);
  } finally {
    await chosen.providers.close();
  }
  const { manifest } = outcome;
  if (!manifest) throw outcome.failure;
  // The folder is named once the title is known: the writer or the planner chose it.
  const fallback = args.story.kind === 'file' && args.story.path !== '-' ? bookSlug(path.parse(args.story.path).name) : 'book';
  const finalDir = await moveToUniqueFolder(workingDir, outDir, bookSlug(manifest.title, fallback));
  return reportOutcome('make', { ...outcome, manifest }, finalDir, chosen.describe(), args.json, io);
}

/** The book request from the arguments: the story read from its file, or the prompt. */
async function bookRequest(args: MakeArguments, io: CliIo): Promise<BookRequestInput> {
  let input: BookRequestInput;
  if (args.story.kind === 'prompt') {
    const prompt = args.story.prompt.trim();
    if (!prompt) throw new UsageError('--prompt is empty: describe the story you want, for example --prompt "a shy dragon who learns to swim"', 'make');
    if (prompt.length > MAX_PROMPT_CHARACTERS) throw new UsageError(`--prompt is ${prompt.length} characters long; the most is ${MAX_PROMPT_CHARACTERS}. Put a longer story in a file instead`, 'make');
    input = { source: { kind: 'prompt', prompt, length: args.story.length }, options: args.options };
  } else {
    const text = await readStoryInput('make', args.story.path, io);
    if (!text.trim()) throw new BadInputError(`${args.story.path === '-' ? 'standard input' : args.story.path} is empty: there is no story to make a book from`);
    input = { source: { kind: 'text', text }, options: args.options };
  }
  const parsed = BookRequestSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${issue.path.join('.')}: ${issue.message}`, 'make');
  }
  return input;
}
