import type { VendorProviders } from '../provider-vendor';
import { OpenAIIllustrator } from './illustrator/openai-illustrator';
import { OpenAINarrator } from './narrator/openai-narrator';
import { openAIConnection } from './openai-connection';
import type { OpenAIProviderSettings } from './openai-settings';
import { OpenAIScenePlanner } from './planner/openai-scene-planner';
import { OpenAITranscriber } from './transcriber/openai-transcriber';
import { OpenAIStoryWriter } from './writer/openai-story-writer';

export type OpenAIProviders = Required<Omit<VendorProviders, 'close'>> & { close(): Promise<void> };

/**
 * Every capability from OpenAI, Azure OpenAI or an OpenAI-compatible server, sharing one SDK
 * client. Each capability has its own concurrency limit; all share one retry and timeout policy.
 */
export function createOpenAIProviders(settings: OpenAIProviderSettings): OpenAIProviders {
  const connection = openAIConnection(settings);
  const transcriber = new OpenAITranscriber(connection);
  return {
    writer: new OpenAIStoryWriter(connection),
    planner: new OpenAIScenePlanner(connection),
    illustrator: new OpenAIIllustrator(connection),
    narrator: new OpenAINarrator(connection, transcriber),
    transcriber,
    // The SDK keeps no sockets of its own open between calls; nothing to release.
    close: async () => undefined,
  };
}
