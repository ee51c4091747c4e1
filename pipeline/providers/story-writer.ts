import type { StoryLength } from '../model';

export interface StoryWriterInput {
  prompt: string;
  language: string;
  length: StoryLength;
  audience: string;
  seed: number;
  signal?: AbortSignal;
}

export interface WrittenStory {
  title: string;
  /** The story body, without the title line. */
  text: string;
  warnings: string[];
}

/** Turns a prompt into a story. */
export interface StoryWriter {
  readonly provider: string;
  readonly model: string;
  write(input: StoryWriterInput): Promise<WrittenStory>;
}
