import type { ProviderVendor } from '../provider-vendor';
import { azureSpeechSettingsFromEnv, usesAzureSpeech } from './azure-speech-settings';
import { createAzureSpeechProviders } from './create-azure-speech-providers';

/** Azure Speech for the provider chooser: the narrator and the transcriber. */
export const AZURE_VENDOR: ProviderVendor = {
  name: 'azure',
  capabilities: ['narrator', 'transcriber'],
  needs: 'AZURE_SPEECH_KEY with AZURE_SPEECH_REGION (or AZURE_SPEECH_HOST)',
  usable(env) {
    if (!usesAzureSpeech(env)) return null;
    return env.AZURE_SPEECH_HOST?.trim() ? `AZURE_SPEECH_KEY and AZURE_SPEECH_HOST=${env.AZURE_SPEECH_HOST.trim()} are set` : `AZURE_SPEECH_KEY and AZURE_SPEECH_REGION=${env.AZURE_SPEECH_REGION!.trim()} are set`;
  },
  create: (configuration) => createAzureSpeechProviders(azureSpeechSettingsFromEnv(configuration.env)!),
};
