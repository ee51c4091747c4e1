import type { ProviderVendor } from '../provider-vendor';
import { createOpenAIProviders } from './create-openai-providers';
import { openAISettingsFromEnv, usesAzureOpenAI } from './openai-settings';

/**
 * OpenAI for the provider chooser: every capability, with OPENAI_API_KEY (any OpenAI-compatible
 * server through OPENAI_BASE_URL) or with Azure OpenAI's endpoint and key.
 */
export const OPENAI_VENDOR: ProviderVendor = {
  name: 'openai',
  capabilities: ['writer', 'planner', 'illustrator', 'narrator', 'transcriber'],
  needs: 'OPENAI_API_KEY (or AZURE_OPENAI_ENDPOINT with AZURE_OPENAI_API_KEY)',
  usable(env) {
    if (usesAzureOpenAI(env)) return 'AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY are set (Azure OpenAI)';
    if (!env.OPENAI_API_KEY?.trim()) return null;
    const server = env.OPENAI_BASE_URL?.trim();
    return server ? `OPENAI_API_KEY is set, with OPENAI_BASE_URL=${server}` : 'OPENAI_API_KEY is set';
  },
  create: (configuration) => createOpenAIProviders(openAISettingsFromEnv(configuration.env)!),
};
