import os from 'node:os';
import type { ProviderSet } from '../provider-set';
import type { ProviderVendor } from '../provider-vendor';
import { EmbeddedScenePlanner, type EmbeddedScenePlannerOptions } from './embedded-scene-planner';
import { EmbeddedIllustrator, type EmbeddedIllustratorOptions } from './illustrator/embedded-illustrator';
import { EmbeddedNarrator, type EmbeddedNarratorOptions } from './narrator/embedded-narrator';
import { EmbeddedStoryWriter } from './writer/embedded-story-writer';

export interface EmbeddedProviderSettings {
  narrator?: EmbeddedNarratorOptions;
  illustrator?: EmbeddedIllustratorOptions;
  planner?: EmbeddedScenePlannerOptions;
}

/**
 * Every offline provider: the story-shape writer, the lexicon planner, the Fluent Emoji
 * illustrator and the eSpeak narrator. No recordings without a cloud key, so no transcriber.
 * The worker pools start on first use; close() ends them so a process can exit.
 */
export function createEmbeddedProviders(settings: EmbeddedProviderSettings = {}): ProviderSet & { close(): Promise<void> } {
  const narrator = new EmbeddedNarrator({ poolSize: narratorWorkers(), ...settings.narrator });
  const illustrator = new EmbeddedIllustrator(settings.illustrator);
  return {
    writer: new EmbeddedStoryWriter(),
    planner: new EmbeddedScenePlanner(settings.planner),
    illustrator,
    narrator,
    transcriber: null,
    async close() {
      await Promise.all([narrator.close(), illustrator.close()]);
    },
  };
}

/**
 * The narrator and the illustrator work side by side, each in its own worker threads, and spend
 * about the same CPU time on a scene, so the narrator takes half the cores (the illustrator at
 * most two). An eSpeak worker holds 80–150 MB: on two cores a second one made a 200-scene book
 * peak 50–80 MB higher and no sooner (npm run bench).
 */
function narratorWorkers(): number {
  return Math.max(1, Math.floor(os.availableParallelism() / 2));
}

/** The embedded vendor for the provider chooser: always usable, listed last so keys win. */
export const EMBEDDED_VENDOR: ProviderVendor = {
  name: 'embedded',
  capabilities: ['writer', 'planner', 'illustrator', 'narrator'],
  needs: 'nothing',
  usable: () => 'offline, needs no key',
  create: (configuration) => createEmbeddedProviders(configuration.embedded),
};
