import type { ArtStyle, PictureSize, Scene, StoryBible } from '../model';

export interface IllustratorInput {
  scene: Scene;
  bible: StoryBible;
  style: ArtStyle;
  size: PictureSize;
  seed: number;
  signal?: AbortSignal;
}

export interface Illustration {
  image: Uint8Array;
  mimeType: string;
  width: number;
  height: number;
  /** Which parts of the description the picture shows ("setting:forest", "character:wolf"). */
  drawn: string[];
  warnings: string[];
}

/** Draws one scene. */
export interface Illustrator {
  readonly provider: string;
  readonly model: string;
  illustrate(input: IllustratorInput): Promise<Illustration>;
}
