import type { OutputFormat } from './book-options';
import type { Scene } from './scene';
import type { StoryBible } from './story-bible';

/**
 * What makeBook reports while it works. Files are relative to the book folder; the server turns
 * them into URLs and adds the book id and a sequence number. `overall` is the weighted 0–100
 * figure for the whole book at that moment.
 */
export type ProgressEvent = { overall: number } & (
  | { type: 'book:started' }
  | { type: 'story:written'; title: string; file: string }
  | { type: 'story:transcribed'; file: string }
  | { type: 'book:planned'; title: string; scenes: Scene[]; bible: StoryBible }
  | { type: 'scene:illustrated'; index: number; file: string; width: number; height: number }
  | { type: 'scene:narrated'; index: number; file: string; durationMs: number }
  | { type: 'narration:joined'; file: string; durationMs: number }
  | { type: 'render:progress'; format: OutputFormat; percent: number }
  | { type: 'render:done'; format: OutputFormat; files: string[] }
  | { type: 'book:ready'; outputs: Partial<Record<OutputFormat, string[]>> }
);

export type ProgressListener = (event: ProgressEvent) => void;
