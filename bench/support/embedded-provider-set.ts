import { EmbeddedScenePlanner } from '../../pipeline/providers/embedded/embedded-scene-planner';
import { EmbeddedIllustrator } from '../../pipeline/providers/embedded/illustrator/embedded-illustrator';
import { EmbeddedNarrator } from '../../pipeline/providers/embedded/narrator/embedded-narrator';
import { EmbeddedStoryWriter } from '../../pipeline/providers/embedded/writer/embedded-story-writer';
import type { ProviderSet } from '../../pipeline/providers/provider-set';

/** The offline providers, with their default pool sizes, as `npm start` runs them with no keys. */
export function embeddedProviderSet(): ProviderSet & { close(): Promise<void> } {
  const illustrator = new EmbeddedIllustrator();
  const narrator = new EmbeddedNarrator();
  return {
    writer: new EmbeddedStoryWriter(),
    planner: new EmbeddedScenePlanner(),
    illustrator,
    narrator,
    transcriber: null,
    close: async () => {
      await Promise.all([illustrator.close(), narrator.close()]);
    },
  };
}
