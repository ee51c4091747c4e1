import { AZURE_VENDOR } from './azure/azure-vendor';
import { EMBEDDED_VENDOR } from './embedded/create-embedded-providers';
import { OPENAI_VENDOR } from './openai/openai-vendor';
import type { ProviderVendor } from './provider-vendor';

/**
 * The vendors the chooser considers, in order of preference: a capability goes to the first one
 * usable with the configuration. Cloud vendors go before the embedded one, so setting a key turns
 * them on and the embedded providers remain the offline fallback.
 */
export function defaultVendors(): ProviderVendor[] {
  // Azure Speech first: its narrator gives real word boundaries, OpenAI's only heard-back ones.
  return [AZURE_VENDOR, OPENAI_VENDOR, EMBEDDED_VENDOR];
}
