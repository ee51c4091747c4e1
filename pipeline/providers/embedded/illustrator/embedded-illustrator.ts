import path from 'node:path';
import { ART_STYLES, PICTURE_SIZES, SceneSchema, StoryBibleSchema } from '../../../model';
import { BadInputError, CancelledError, ProviderError, throwIfCancelled } from '../../../errors';
import { defaultPoolSize, WorkerPool } from '../../../workers/worker-pool';
import type { Illustration, Illustrator, IllustratorInput } from '../../illustrator';
import type { IllustrateRequest, IllustrateResult } from './illustrate-worker';

export interface EmbeddedIllustratorOptions {
  /** Worker threads drawing at once; by default one per core, at most two (see below). */
  poolSize?: number;
}

/**
 * Each drawing worker holds ~100 MB (its own V8, the emoji subset, resvg's canvases), and two of
 * them draw a picture about every 75 ms, which already outpaces narration; more would only spend
 * the book's 500 MB memory budget.
 */
const MOST_WORKERS_BY_DEFAULT = 2;

/**
 * The offline illustrator: each scene is composed from Fluent Emoji and hand-drawn parts as SVG
 * and rasterized to PNG in a pool of worker threads. Anything the description names that it
 * cannot draw comes back as a warning; `drawn` lists what the picture shows.
 */
export class EmbeddedIllustrator implements Illustrator {
  readonly provider = 'embedded';
  readonly model = 'fluent-emoji-svg';
  private readonly pool: WorkerPool<IllustrateRequest, IllustrateResult>;

  constructor(options: EmbeddedIllustratorOptions = {}) {
    const poolSize = options.poolSize ?? Math.min(defaultPoolSize(), MOST_WORKERS_BY_DEFAULT);
    if (!Number.isInteger(poolSize) || poolSize < 1) throw new BadInputError(`poolSize must be a whole number of at least 1, not ${String(options.poolSize)}`);
    this.pool = new WorkerPool(path.join(__dirname, 'illustrate-worker.ts'), poolSize, 'embedded illustrator');
  }

  async illustrate(input: IllustratorInput): Promise<Illustration> {
    throwIfCancelled(input.signal);
    const request = checkedRequest(input);
    try {
      const result = await this.pool.run(request, { signal: input.signal });
      return { image: result.image, mimeType: 'image/png', width: result.width, height: result.height, drawn: result.drawn, warnings: result.warnings };
    } catch (error) {
      if (CancelledError.isInstance(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new ProviderError({ provider: this.provider, message: `the embedded illustrator could not draw scene ${request.scene.index + 1}: ${reason}`, retryable: false, cause: error });
    }
  }

  /** Ends the worker threads; pictures asked for afterwards fail. */
  close(): Promise<void> {
    return this.pool.close();
  }
}

function checkedRequest(input: IllustratorInput): IllustrateRequest {
  if (!ART_STYLES.includes(input.style)) throw new BadInputError(`unknown art style "${String(input.style)}"; choose one of ${ART_STYLES.join(', ')}`);
  if (!PICTURE_SIZES.includes(input.size)) throw new BadInputError(`unknown picture size "${String(input.size)}"; choose one of ${PICTURE_SIZES.join(', ')}`);
  if (!Number.isInteger(input.seed) || input.seed < 0) throw new BadInputError(`seed must be a whole number of 0 or more, not ${String(input.seed)}`);
  const scene = SceneSchema.safeParse(input.scene);
  if (!scene.success) throw new BadInputError(`the scene to illustrate is not valid: ${summarize(scene.error.issues)}`, scene.error.issues);
  const bible = StoryBibleSchema.safeParse(input.bible);
  if (!bible.success) throw new BadInputError(`the story bible is not valid: ${summarize(bible.error.issues)}`, bible.error.issues);
  return { scene: scene.data, bible: bible.data, style: input.style, size: input.size, seed: input.seed };
}

function summarize(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.slice(0, 3).map((issue) => `${issue.path.map(String).join('.') || 'value'}: ${issue.message}`).join('; ');
}
