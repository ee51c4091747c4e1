import type { Illustrator } from './illustrator';
import type { Narrator } from './narrator';
import type { ScenePlanner } from './scene-planner';
import type { StoryWriter } from './story-writer';
import type { Transcriber } from './transcriber';

/** The providers one book is made with. No transcriber means recordings cannot be accepted. */
export interface ProviderSet {
  writer: StoryWriter;
  planner: ScenePlanner;
  illustrator: Illustrator;
  narrator: Narrator;
  transcriber: Transcriber | null;
  /** Releases worker pools and sockets. */
  close?(): Promise<void>;
}
