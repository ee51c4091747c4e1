import type { Illustrator } from '../illustrator';
import type { Narrator } from '../narrator';
import type { ScenePlanner } from '../scene-planner';
import type { StoryWriter } from '../story-writer';
import type { Transcriber } from '../transcriber';
import { OpenAIIllustrator } from './illustrator/openai-illustrator';
import { OpenAINarrator } from './narrator/openai-narrator';
import { openAIConnection } from './openai-connection';
import type { OpenAIProviderSettings } from './openai-settings';
import { OpenAIScenePlanner } from './planner/openai-scene-planner';
import { OpenAITranscriber } from './transcriber/openai-transcriber';
import { OpenAIStoryWriter } from './writer/openai-story-writer';

export interface OpenAIProviders {
  writer: StoryWriter;
  planner: ScenePlanner;
  illustrator: Illustrator;
  narrator: Narrator;
  transcriber: Transcriber;
  close(): Promise<void>;
}

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
